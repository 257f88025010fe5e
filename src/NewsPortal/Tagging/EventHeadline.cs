using System.Text.RegularExpressions;

namespace NewsPortal.Tagging;

/// <summary>
/// A card's one-line summary, readable as a headline, made from the evidence sentence by rules:
/// the clause that holds the trigger (widened leftwards until it has a subject-sized start), without
/// the dateline, bullets or a leading "و"/"ف"/"وقد", cut only between words and never on a dangling
/// preposition. The full sentence stays with each source on the card.
/// </summary>
public static partial class EventHeadline
{
    public const int MaxWords = 16;

    // A clause this short ("وصل إلى بيونغ يانغ") needs what comes before the comma (the subject, often set off by commas).
    private const int MinWords = 5;

    /// <param name="evidence">The sentence the event was found in.</param>
    /// <param name="triggerOffset">Where the trigger starts in <paramref name="evidence"/>; outside it, the sentence's start is used.</param>
    public static string From(string evidence, int triggerOffset)
    {
        var text = evidence.ReplaceLineEndings(" ");
        if (triggerOffset < 0 || triggerOffset > text.Length)
        {
            triggerOffset = 0;
        }
        var (start, end) = Clause(text, triggerOffset);
        var words = Words(text[start..end]);
        words = WithoutLead(words);
        var cut = words.Count > MaxWords;
        if (cut)
        {
            words = words.Take(MaxWords).ToList();
        }
        // Never end on a word that announces more ("في", "إلى", "الذي"…).
        while (words.Count > 1 && Dangling.Contains(Bare(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
            cut = true;
        }
        var line = Balanced(string.Join(' ', words).TrimEnd('.', '،', '؛', ':', ',', ';', ' '));
        if (line.Length == 0)
        {
            return Balanced(evidence.ReplaceLineEndings(" ").Trim());
        }
        return cut ? line + "…" : line;
    }

    /// <summary>The clause around the trigger, widened leftwards while it is shorter than a subject and act.</summary>
    private static (int Start, int End) Clause(string text, int trigger)
    {
        var breaks = ClauseBreak().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var end = breaks.Where(b => b.Index >= trigger).Select(b => b.Index).DefaultIfEmpty(text.Length).First();
        var before = breaks.Where(b => b.End <= trigger).ToList();
        var start = before.Count > 0 ? before[^1].End : 0;
        var i = before.Count - 1;
        for (; i >= 0 && Words(text[start..end]).Count < MinWords; i--)
        {
            start = i > 0 ? before[i - 1].End : 0;
        }
        // A name set off by commas ("الرئيس الروسي، فلاديمير بوتين، وصل") takes the words it stands beside.
        if (i >= 0 && Words(text[start..(i + 1 < before.Count ? before[i + 1].Index : end)]).Count <= 3)
        {
            start = i > 0 ? before[i - 1].End : 0;
        }
        // A clause that ends before an object ("التقى بوتين، ...") keeps reading to the next break.
        if (Words(text[start..end]).Count < MinWords)
        {
            end = breaks.Where(b => b.Index > end).Select(b => b.Index).DefaultIfEmpty(text.Length).First();
        }
        return (start, end);
    }

    private static List<string> WithoutLead(List<string> words)
    {
        // A dateline ("موسكو - ", "بيونغ يانغ (وكالات) –") ends at its dash within the first few words.
        var dash = words.Take(5).ToList().FindIndex(w => w is "-" or "–" or "—" or "ـ");
        if (dash >= 0 && dash < words.Count - 2)
        {
            words = words.Skip(dash + 1).ToList();
        }
        while (words.Count > 1 && Bullet().IsMatch(words[0]))
        {
            words = words.Skip(1).ToList();
        }
        if (words.Count > 0)
        {
            words[0] = Bullet().Replace(words[0], "");
        }
        // "و" and "ف" alone, and "وقد"/"فقد"/"قد" before the verb, add nothing to a headline.
        while (words.Count > 1 && words[0] is "و" or "ف" or "وقد" or "فقد" or "قد" or "كما" or "وكما" or "ثم")
        {
            words = words.Skip(1).ToList();
        }
        if (words.Count > 0 && StripConjunction(words[0]) is { } bare)
        {
            words[0] = bare;
        }
        return words.Where(w => w.Length > 0).ToList();
    }

    /// <summary>
    /// A word's leading "و"/"ف" when it is the conjunction: before the article ("والرئيس") or a
    /// verb's hamza or prefix ("وأعلن", "ويعتزم", "وتعهد"), with a word of four letters or more left.
    /// Words whose own first letter is "و" ("وصل", "وقع", "وزير", "وفد") stay whole.
    /// </summary>
    private static string? StripConjunction(string word)
    {
        if (word.Length < 5 || word[0] is not ('و' or 'ف'))
        {
            return null;
        }
        var rest = word[1..];
        return rest.StartsWith("ال", StringComparison.Ordinal) || rest[0] is 'أ' or 'إ' or 'آ' or 'ي' or 'ت' or 'ن' ? rest : null;
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Bare(string word) => word.Trim('«', '»', '"', '(', ')', '.', '،', ',');

    /// <summary>Quotes and brackets left open by the cut are dropped, so the line never shows half a pair.</summary>
    private static string Balanced(string line)
    {
        foreach (var (open, close) in new[] { ('«', '»'), ('(', ')') })
        {
            if (line.Count(c => c == open) != line.Count(c => c == close))
            {
                line = line.Replace(open.ToString(), "", StringComparison.Ordinal).Replace(close.ToString(), "", StringComparison.Ordinal);
            }
        }
        if (line.Count(c => c == '"') % 2 == 1)
        {
            line = line.Replace("\"", "", StringComparison.Ordinal);
        }
        return line.Trim();
    }

    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal)
    {
        "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "أن", "إن", "ان", "الذي", "التي", "الذين", "و", "أو", "ثم", "حول",
        "خلال", "بعد", "قبل", "منذ", "عند", "لدى", "نحو", "حتى", "كما", "لكن", "بأن", "وأن", "ضد", "عبر", "تجاه", "بشأن", "لـ", "بـ",
    };

    // Commas, semicolons and colons end clauses; so does a conjunction that starts a new act after a comma.
    [GeneratedRegex(@"[،,؛;:]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[•·▪■*\-–—ـ]+")]
    private static partial Regex Bullet();
}
