using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// Corrections to the longest-match scan that need a word of context:
/// a name ending in "اليوم" before a weekday ("روسيا اليوم الخميس" is Russia, then "today");
/// a dual head shared by coordinated names ("جمهوريتي دونيتسك ولوغانسك" are the two republics).
/// </summary>
internal static class NameShapes
{
    private static readonly HashSet<string> Weekdays = ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"];

    /// <summary>Dual heads and their singular: the dual is written once for both names.</summary>
    private static readonly Dictionary<string, string> Duals = new(StringComparer.Ordinal)
    {
        ["جمهوريتي"] = "جمهوريه", ["جمهوريتا"] = "جمهوريه",
        ["منطقتي"] = "منطقه", ["منطقتا"] = "منطقه",
        ["مقاطعتي"] = "مقاطعه", ["مقاطعتا"] = "مقاطعه",
        ["مدينتي"] = "مدينه", ["مدينتا"] = "مدينه",
        ["جزيرتي"] = "جزيره", ["جزيرتا"] = "جزيره",
        ["اقليمي"] = "اقليم", ["اقليما"] = "اقليم",
    };

    public static List<TrieMatch<AliasTarget>> Apply(Gazetteer gazetteer, IReadOnlyList<Token> tokens, List<TrieMatch<AliasTarget>> matches, string text)
    {
        List<TrieMatch<AliasTarget>>? result = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Last > match.First && tokens[match.Last].Value == "اليوم" && match.Last + 1 < tokens.Count
                && Weekdays.Contains(tokens[match.Last + 1].Value))
            {
                result ??= [.. matches.Take(m)];
                var shorter = gazetteer.Trie.Scan([.. Slice(tokens, match.First, match.Last - 1)]);
                // A loop, not Select(lambda): the lambda's closure was allocated for every match.
                foreach (var s in shorter)
                {
                    result.Add(s with { First = s.First + match.First, Last = s.Last + match.First });
                }
                continue;
            }
            result?.Add(match);
        }
        matches = SharedHeads(gazetteer, tokens, result ?? matches);
        return HasDual(tokens) ? Coordinated(gazetteer, tokens, matches, text) : matches;
    }

    /// <summary>"كوريا الشمالية والجنوبية": the last word of a name swapped for a coordinated one is that other name.</summary>
    private static List<TrieMatch<AliasTarget>> SharedHeads(Gazetteer gazetteer, IReadOnlyList<Token> tokens, List<TrieMatch<AliasTarget>> matches)
    {
        List<TrieMatch<AliasTarget>>? result = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            result?.Add(match);
            var next = match.Last + 1;
            if (match.Last == match.First || next >= tokens.Count || !tokens[next].JoinsPrevious || tokens[next].Value.Length < 4
                || tokens[next].Value[0] != 'و' || (m + 1 < matches.Count && matches[m + 1].First == next))
            {
                continue;
            }
            var key = new List<string>();
            for (var i = match.First; i < match.Last; i++)
            {
                key.Add(i == match.First ? Proclitics.Form(tokens[i].Value, new Stem(match.Prefix, false)) : tokens[i].Value);
            }
            key.Add(tokens[next].Value[1..]);
            if (gazetteer.Trie.Lookup(key) is { } other && other.All(t => t.Form == MentionForm.Name))
            {
                result ??= [.. matches.Take(m + 1)];
                result.Add(new TrieMatch<AliasTarget>(next, next, 1, other));
            }
        }
        return result ?? matches;
    }

    // Every dual head is at least this long and ends in one of these letters: other words skip the hash lookup.
    private static readonly int ShortestDual = Duals.Keys.Min(k => k.Length);
    private static readonly string DualEndings = string.Concat(Duals.Keys.Select(k => k[^1]).Distinct());

    private static bool HasDual(IReadOnlyList<Token> tokens)
    {
        var duals = Duals.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in tokens)
        {
            var word = t.Value.AsSpan(t.Value.Length > 1 && t.Value[0] == 'و' ? 1 : 0);
            if (word.Length >= ShortestDual && DualEndings.Contains(word[^1]) && duals.ContainsKey(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"جمهوريتي X وY": X and Y each looked up under the singular head; what they replace is dropped.</summary>
    private static List<TrieMatch<AliasTarget>> Coordinated(Gazetteer gazetteer, IReadOnlyList<Token> tokens, List<TrieMatch<AliasTarget>> matches, string text)
    {
        var added = new List<TrieMatch<AliasTarget>>();
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var head = tokens[i].Value;
            var offset = head.Length > 1 && head[0] == 'و' && Duals.ContainsKey(head[1..]) ? 1 : 0;
            if (!Duals.TryGetValue(head[offset..], out var singular) || !(tokens[i + 1].JoinsPrevious || QuotedHead(text, tokens[i], tokens[i + 1])) || !tokens[i + 2].JoinsPrevious
                || tokens[i + 2].Value.Length < 3 || tokens[i + 2].Value[0] != 'و')
            {
                continue;
            }
            var first = gazetteer.Trie.Lookup([singular, tokens[i + 1].Value]);
            var second = gazetteer.Trie.Lookup([singular, tokens[i + 2].Value[1..]]);
            if (first is null || second is null)
            {
                continue;
            }
            added.Add(new TrieMatch<AliasTarget>(i, i + 1, offset, first));
            added.Add(new TrieMatch<AliasTarget>(i + 2, i + 2, 1, second));
            i += 2;
        }
        if (added.Count == 0)
        {
            return matches;
        }
        return [.. matches.Where(m => !added.Any(a => m.First <= a.Last && a.First <= m.Last)).Concat(added).OrderBy(m => m.First)];
    }

    /// <summary>بـ"جمهوريتي" دونيتسك: the head in quotes, then the names.</summary>
    private static bool QuotedHead(string text, Token head, Token next)
    {
        var gap = text.AsSpan(head.End, next.Start - head.End).Trim();
        return gap.Length == 1 && gap[0] is '"' or '»' or '”' or '\'';
    }

    private static IEnumerable<Token> Slice(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            yield return tokens[i];
        }
    }
}
