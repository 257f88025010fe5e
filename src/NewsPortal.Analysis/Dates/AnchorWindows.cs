using System.Text.RegularExpressions;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Runs a date pattern only around the words that can start it (a month name, أمس, عام…) instead
/// of at every character: the patterns open with long alternations, which are costly to try at
/// each position. A window starts at a word start, so word-boundary lookbehinds still hold.
/// </summary>
internal sealed class AnchorWindows(string text, List<Token> tokens)
{
    public IEnumerable<Match> Matches(Regex regex, Func<string, bool> isAnchor, int wordsBefore, int wordsAfter)
    {
        var lastEnd = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!isAnchor(tokens[i].Value))
            {
                continue;
            }
            var from = tokens[Math.Max(0, i - wordsBefore)].Start;
            var to = Math.Min(text.Length, tokens[Math.Min(tokens.Count - 1, i + wordsAfter)].End + 2);
            from = Math.Max(from, lastEnd);
            if (from >= to)
            {
                continue;
            }
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

    /// <summary>True when the word, bare or without its proclitics and article, is in the set.</summary>
    public static Func<string, bool> WordIn(HashSet<string> words) =>
        w => Proclitics.Strips(w).Any(s => words.Contains(s.Form)
            || (s.Form.Length > 3 && s.Form.StartsWith("ال", StringComparison.Ordinal) && words.Contains(s.Form[2..])));
}
