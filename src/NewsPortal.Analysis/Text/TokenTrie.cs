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

    public void Add(IReadOnlyList<string> keyTokens, T target)
    {
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
    public List<TrieMatch<T>> Scan(IReadOnlyList<Token> tokens, bool future = false)
    {
        var matches = new List<TrieMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            TrieMatch<T>? best = null;
            foreach (var (form, prefix) in Proclitics.Strips(tokens[i].Value, future))
            {
                if (!root.Next!.TryGetValue(form, out var node))
                {
                    continue;
                }
                var j = i;
                while (true)
                {
                    if (node.Targets is not null && (best is null || j > best.Value.Last))
                    {
                        best = new TrieMatch<T>(i, j, prefix, node.Targets);
                    }
                    if (node.Next is null || j + 1 >= tokens.Count || !tokens[j + 1].JoinsPrevious
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
}

/// <summary>Proclitic strips of a word, the unstripped word first.</summary>
internal static class Proclitics
{
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ك", "ل"];

    /// <summary>With <paramref name="future"/>, also the future prefix سـ of verbs (سيزور → يزور).</summary>
    public static IEnumerable<(string Form, int Prefix)> Strips(string word, bool future = false)
    {
        yield return (word, 0);
        if (future)
        {
            var c = word.Length > 4 && word[0] is 'و' or 'ف' ? 1 : 0;
            if (word.Length - c >= 4 && word[c] == 'س' && word[c + 1] is 'ي' or 'ت' or 'ن' or 'ا')
            {
                yield return (word[(c + 1)..], c + 1);
            }
        }
        foreach (var c in Conjunctions)
        {
            foreach (var p in Prepositions)
            {
                var prefix = c + p;
                if (prefix.Length == 0 || !word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                var rest = word[prefix.Length..];
                if (rest.Length >= 2)
                {
                    yield return (rest, prefix.Length);
                }
                // ل + ال is written لل: للكرملين = ل + الكرملين.
                if (p == "ل" && rest.StartsWith('ل') && rest.Length >= 3)
                {
                    yield return ("ا" + rest, prefix.Length);
                }
            }
        }
    }
}
