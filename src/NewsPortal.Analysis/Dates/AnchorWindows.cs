using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>Words that can open a date expression.</summary>
[Flags]
internal enum Anchor
{
    None = 0,
    Month = 1,
    YearWord = 2,
    DayWord = 4,
    Weekday = 8,
    Period = 16,
    Ago = 32,
}

/// <summary>
/// Runs a date pattern only around the words that can start it (a month name, أمس, عام…) instead
/// of at every character: the patterns open with long alternations, which are costly to try at
/// each position. A window starts at a word start, so word-boundary lookbehinds still hold.
/// </summary>
internal sealed class AnchorWindows
{
    private static readonly Dictionary<string, Anchor> Words = BuildWords();

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly Anchor[] anchors;

    public AnchorWindows(string text, List<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        anchors = new Anchor[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            anchors[i] = AnchorOf(tokens[i].Value);
        }
    }

    // What a word anchors depends on the word alone, and words recur: one lookup per token instead of one
    // per proclitic strip. Bounded like the word cache in Tokens; past the bound a word is read each time.
    private const int MaxCachedWords = 100_000;
    private static readonly ConcurrentDictionary<string, Anchor> Cache = new(StringComparer.Ordinal);
    private static int cachedWords;

    private static Anchor AnchorOf(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Stem> stems = stackalloc Stem[Proclitics.MaxStems];
        var anchor = Anchor.None;
        var n = Proclitics.Stems(word, future: false, stems);
        for (var s = 0; s < n; s++)
        {
            if (Proclitics.TryGet(lookup, word, stems[s], out var kind))
            {
                anchor |= kind;
            }
        }
        if (Volatile.Read(ref cachedWords) < MaxCachedWords && Cache.TryAdd(word, anchor))
        {
            Interlocked.Increment(ref cachedWords);
        }
        return anchor;
    }

    // needsDigit: the pattern cannot match without an ASCII digit, so a window with none is not tried (same result, no regex run).
    public IEnumerable<Match> Matches(Regex regex, Anchor anchor, int wordsBefore, int wordsAfter, bool needsDigit = false) =>
        Matches(regex, anchor, wordsBefore, wordsAfter, needsDigit ? WindowNeeds.Digit : null);

    /// <summary>
    /// As above; <paramref name="needs"/> is something every match of the pattern contains (a digit, a
    /// year, a word), so a window without it is not tried: a match lies inside its window, hence the same result.
    /// </summary>
    public IEnumerable<Match> Matches(Regex regex, Anchor anchor, int wordsBefore, int wordsAfter, WindowNeed? needs)
    {
        var lastEnd = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((anchors[i] & anchor) == 0)
            {
                continue;
            }
            var from = Math.Max(tokens[Math.Max(0, i - wordsBefore)].Start, lastEnd);
            var to = Math.Min(text.Length, tokens[Math.Min(tokens.Count - 1, i + wordsAfter)].End + 2);
            if (from >= to || (needs is not null && !needs(text.AsSpan(from, to - from))))
            {
                continue;
            }
            // No IsMatch first: a failed Match allocates nothing either, and a window that holds a date would be scanned twice.
            var m = regex.Match(text, from, to - from);
            while (m.Success)
            {
                if (m.Index + m.Length > lastEnd)
                {
                    lastEnd = m.Index + m.Length;
                    yield return m;
                }
                m = m.NextMatch();
            }
        }
    }

    private static Dictionary<string, Anchor> BuildWords()
    {
        var words = new Dictionary<string, Anchor>(StringComparer.Ordinal);
        void Add(IEnumerable<string> list, Anchor kind)
        {
            foreach (var w in list)
            {
                foreach (var form in new[] { w, "ال" + w })
                {
                    words[form] = words.GetValueOrDefault(form) | kind;
                }
            }
        }
        Add(MonthNames.Number.Keys.Select(k => k.Split(' ')[0]), Anchor.Month);
        Add(["عام", "سنه", "عامي"], Anchor.YearWord);
        Add(["امس", "البارحه", "اليوم", "الليله", "غدا", "الغد", "غد"], Anchor.DayWord);
        Add(["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"], Anchor.Weekday);
        Add(["الاسبوع", "الشهر", "العام", "السنه"], Anchor.Period);
        Add(["قبل", "منذ"], Anchor.Ago);
        return words;
    }
}

/// <summary>Whether a window holds what every match of a pattern must contain.</summary>
internal delegate bool WindowNeed(ReadOnlySpan<char> window);

/// <summary>Cheap checks for <see cref="AnchorWindows.Matches(Regex, Anchor, int, int, WindowNeed?)"/>.</summary>
internal static class WindowNeeds
{
    public static readonly WindowNeed Digit = static w => w.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A year: a run of four digits.</summary>
    public static readonly WindowNeed Year = static w => DigitRuns(w, out var longest) > 0 && longest >= 4;

    /// <summary>A day and a year: two runs of digits, one of four.</summary>
    public static readonly WindowNeed DayAndYear = static w => DigitRuns(w, out var longest) >= 2 && longest >= 4;

    /// <summary>Any of <paramref name="words"/> as a substring.</summary>
    public static WindowNeed AnyOf(IEnumerable<string> words)
    {
        var values = SearchValues.Create([.. words.Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        return w => w.IndexOfAny(values) >= 0;
    }

    private static int DigitRuns(ReadOnlySpan<char> w, out int longest)
    {
        var runs = 0;
        longest = 0;
        var i = w.IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            var rest = w[i..];
            var length = rest.IndexOfAnyExceptInRange('0', '9');
            length = length < 0 ? rest.Length : length;
            runs++;
            longest = Math.Max(longest, length);
            w = rest[length..];
            i = w.IndexOfAnyInRange('0', '9');
        }
        return runs;
    }
}
