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
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Stem> stems = stackalloc Stem[Proclitics.MaxStems];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            var n = Proclitics.Stems(word, future: false, stems);
            for (var s = 0; s < n; s++)
            {
                if (Proclitics.TryGet(lookup, word, stems[s], out var kind))
                {
                    anchors[i] |= kind;
                }
            }
        }
    }

    // needsDigit: the pattern cannot match without an ASCII digit, so a window with none is not tried (same result, no regex run).
    public IEnumerable<Match> Matches(Regex regex, Anchor anchor, int wordsBefore, int wordsAfter, bool needsDigit = false)
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
            if (from >= to || (needsDigit && text.AsSpan(from, to - from).IndexOfAnyInRange('0', '9') < 0))
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
