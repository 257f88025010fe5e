using System.Collections.Concurrent;

namespace NewsPortal.Analysis.Text;

/// <summary>A match of a key sequence over tokens [First, Last], starting <see cref="Prefix"/> chars into the first token.</summary>
internal readonly record struct TrieMatch<T>(int First, int Last, int Prefix, IReadOnlyList<T> Targets);

/// <summary>
/// A trie over normalized tokens: one pass over a text finds the longest key at each word,
/// trying the lexicon-constrained proclitic strips (و ف ب ك ل لل) of the first word.
/// </summary>
internal sealed class TokenTrie<T>
    where T : IEquatable<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Targets;
    }

    private readonly Node root = new() { Next = new Dictionary<string, Node>(StringComparer.Ordinal) };

    /// <summary>A stem of a word that is a first key token, with its node.</summary>
    private readonly record struct FirstHit(int Prefix, Node Node);

    // The first key tokens a word's strips reach depend on the word alone, and words recur: one lookup per
    // token instead of one per strip. Bounded like the word cache in Tokens; emptied when a key is added.
    private const int MaxCachedWords = 100_000;
    private readonly ConcurrentDictionary<string, FirstHit[]>[] firstHits = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private int cachedWords;

    public void Add(IReadOnlyList<string> keyTokens, T target)
    {
        foreach (var cache in firstHits)
        {
            cache.Clear();
        }
        cachedWords = 0;
        var node = root;
        foreach (var t in keyTokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(t, out var child))
            {
                child = new Node();
                node.Next[t] = child;
            }
            node = child;
        }
        node.Targets ??= [];
        if (!node.Targets.Contains(target))
        {
            node.Targets.Add(target);
        }
    }

    /// <summary>Targets of an exact key sequence, or null.</summary>
    public IReadOnlyList<T>? Lookup(IReadOnlyList<string> keyTokens)
    {
        var node = root;
        foreach (var t in keyTokens)
        {
            if (node.Next is null || !node.Next.TryGetValue(t, out node))
            {
                return null;
            }
        }
        return node.Targets;
    }

    /// <summary>Longest matches, left to right, never overlapping and never inside a word.</summary>
    /// <remarks>With <paramref name="future"/> (event cues) a key also runs on through one quote mark: إلغاء "كافة العقود".</remarks>
    public List<TrieMatch<T>> Scan(IReadOnlyList<Token> tokens, bool future = false)
    {
        var matches = new List<TrieMatch<T>>();
        var cache = firstHits[future ? 1 : 0];
        var i = 0;
        while (i < tokens.Count)
        {
            TrieMatch<T>? best = null;
            var word = tokens[i].Value;
            if (!cache.TryGetValue(word, out var hits))
            {
                hits = FirstHits(word, future);
                if (Volatile.Read(ref cachedWords) < MaxCachedWords && cache.TryAdd(word, hits))
                {
                    Interlocked.Increment(ref cachedWords);
                }
            }
            foreach (var (prefix, firstNode) in hits)
            {
                var node = firstNode;
                var j = i;
                while (true)
                {
                    if (node.Targets is not null && (best is null || j > best.Value.Last))
                    {
                        best = new TrieMatch<T>(i, j, prefix, node.Targets);
                    }
                    if (node.Next is null || j + 1 >= tokens.Count || !(tokens[j + 1].JoinsPrevious || (future && tokens[j + 1].JoinsThroughQuote))
                        || !node.Next.TryGetValue(tokens[j + 1].Value, out node))
                    {
                        break;
                    }
                    j++;
                }
            }
            if (best is { } b)
            {
                matches.Add(b);
                i = b.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>The word's strips that are first key tokens, in the order of <see cref="Proclitics.Stems"/>.</summary>
    private FirstHit[] FirstHits(string word, bool future)
    {
        var first = root.Next!.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Stem> stems = stackalloc Stem[Proclitics.MaxStems];
        var count = Proclitics.Stems(word, future, stems);
        List<FirstHit>? hits = null;
        for (var s = 0; s < count; s++)
        {
            if (Proclitics.TryGet(first, word, stems[s], out var node))
            {
                (hits ??= []).Add(new FirstHit(stems[s].Offset, node));
            }
        }
        return hits is null ? [] : [.. hits];
    }
}

/// <summary>A possible stem of a word: it starts at <see cref="Offset"/>; with <see cref="LamAlef"/> an ا is restored (لل = ل + ال).</summary>
internal readonly record struct Stem(int Offset, bool LamAlef);

/// <summary>
/// Proclitic strips of a word, the unstripped word first: [و|ف]? [ب|ك|ل]? and لل = ل + ال.
/// Callers keep a strip only when the rest is a known key.
/// </summary>
internal static class Proclitics
{
    public const int MaxStems = 8;

    /// <summary>Writes the candidate stems into <paramref name="into"/> and returns their count. With <paramref name="future"/>, also سـ of verbs (سيزور → يزور).</summary>
    /// <remarks>With <paramref name="future"/> (event cues), a preposition is stripped only before a stem of four letters or more: بحث is not ب + حث.</remarks>
    public static int Stems(ReadOnlySpan<char> word, bool future, Span<Stem> into)
    {
        var minPrepositionStem = future ? 4 : 2;
        var n = 0;
        into[n++] = new Stem(0, false);
        var hasConjunction = word.Length > 0 && word[0] is 'و' or 'ف';
        if (future)
        {
            var c = hasConjunction && word.Length > 4 ? 1 : 0;
            if (word.Length - c >= 4 && word[c] == 'س' && word[c + 1] is 'ي' or 'ت' or 'ن' or 'ا')
            {
                into[n++] = new Stem(c + 1, false);
            }
        }
        for (var c = 0; c <= (hasConjunction ? 1 : 0); c++)
        {
            if (c == 1 && word.Length - 1 >= 2)
            {
                into[n++] = new Stem(1, false);
            }
            if (word.Length > c && word[c] is 'ب' or 'ك' or 'ل')
            {
                var offset = c + 1;
                if (word.Length - offset >= minPrepositionStem)
                {
                    into[n++] = new Stem(offset, false);
                }
                if (word[c] == 'ل' && word.Length - offset >= 3 && word[offset] == 'ل')
                {
                    into[n++] = new Stem(offset, true);
                }
            }
        }
        return n;
    }

    /// <summary>The stems as strings, for paths where allocation does not matter.</summary>
    public static IEnumerable<(string Form, int Prefix)> Strips(string word, bool future = false)
    {
        var stems = new Stem[MaxStems];
        var n = Stems(word, future, stems);
        for (var i = 0; i < n; i++)
        {
            yield return (Form(word, stems[i]), stems[i].Offset);
        }
    }

    public static string Form(string word, Stem stem) =>
        stem.LamAlef ? "ا" + word[stem.Offset..] : stem.Offset == 0 ? word : word[stem.Offset..];

    /// <summary>Looks a stem up without allocating.</summary>
    public static bool TryGet<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, string word, Stem stem, out T value)
    {
        if (!stem.LamAlef)
        {
            return lookup.TryGetValue(word.AsSpan(stem.Offset), out value!);
        }
        Span<char> buffer = stackalloc char[Math.Min(word.Length - stem.Offset + 1, 128)];
        if (word.Length - stem.Offset + 1 > buffer.Length)
        {
            value = default!;
            return false;
        }
        buffer[0] = 'ا';
        word.AsSpan(stem.Offset).CopyTo(buffer[1..]);
        return lookup.TryGetValue(buffer, out value!);
    }

    /// <summary>True when the word or one of its stems is in the set.</summary>
    public static bool AnyIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, string word, bool future = false)
    {
        Span<Stem> stems = stackalloc Stem[MaxStems];
        var n = Stems(word, future, stems);
        for (var i = 0; i < n; i++)
        {
            if (stems[i].LamAlef ? ContainsWithAlef(set, word.AsSpan(stems[i].Offset)) : set.Contains(word.AsSpan(stems[i].Offset)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"ا" + rest looked up without building the string.</summary>
    private static bool ContainsWithAlef(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> rest)
    {
        if (rest.Length + 1 > 128)
        {
            return set.Contains("ا" + rest.ToString());
        }
        Span<char> buffer = stackalloc char[rest.Length + 1];
        buffer[0] = 'ا';
        rest.CopyTo(buffer[1..]);
        return set.Contains(buffer);
    }
}
