using System.Collections.Concurrent;

namespace NewsPortal.Analysis.Text;

/// <summary>A word of normalized text: [Start, End) into the normalized string.</summary>
public readonly record struct Token(int Start, int End, string Value)
{
    /// <summary>True when only spaces or one hyphen separate this token from the previous one.</summary>
    public bool JoinsPrevious { get; init; }

    /// <summary>True when the gap is spaces and quote marks only: a phrase the writer quotes goes on (إلغاء "كافة العقود").</summary>
    public bool JoinsThroughQuote { get; init; }
}

/// <summary>Splits normalized text into letter/digit runs; punctuation only separates.</summary>
public static class Tokens
{
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var lastEnd = -1;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var joins = lastEnd >= 0 && IsJoiningGap(text.AsSpan(lastEnd, start - lastEnd));
            var quoted = !joins && lastEnd >= 0 && IsQuoteGap(text.AsSpan(lastEnd, start - lastEnd));
            tokens.Add(new Token(start, i, Word(text.AsSpan(start, i - start))) { JoinsPrevious = joins, JoinsThroughQuote = quoted });
            lastEnd = i;
        }
        return tokens;
    }

    // Words recur across articles (في، من، الرئيس …): one shared string per word instead of one per
    // token. Strings are immutable, so sharing changes nothing; the cache is bounded, and past its
    // size a word simply gets a string of its own.
    private const int MaxCachedWords = 100_000;
    private const int MaxCachedLength = 24;
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static int cachedWords;

    private static string Word(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return word.ToString();
        }
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var shared))
        {
            return shared;
        }
        var value = word.ToString();
        if (Volatile.Read(ref cachedWords) < MaxCachedWords && Words.TryAdd(value, value))
        {
            Interlocked.Increment(ref cachedWords);
        }
        return value;
    }

    private static bool IsQuoteGap(ReadOnlySpan<char> gap)
    {
        var quotes = 0;
        foreach (var c in gap)
        {
            if (c is '"' or '«' or '»' or '“' or '”' or '\'')
            {
                quotes++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }
        return quotes == 1;
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        var hyphens = 0;
        foreach (var c in gap)
        {
            if (c is '-' or '‐' or '–')
            {
                hyphens++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }
        return hyphens <= 1;
    }
}
