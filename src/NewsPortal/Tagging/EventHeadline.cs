using System.Text.RegularExpressions;

namespace NewsPortal.Tagging;

/// <summary>
/// A card's one-line summary, readable as a headline, made from the evidence sentence by rules:
/// the clause that holds the trigger (completed by its neighbours when too short to hold the parties), without
/// the dateline, bullets or a leading "و"/"ف"/"وقد", cut only between words and never on a dangling
/// preposition. The full sentence stays with each source on the card.
/// </summary>
public static partial class EventHeadline
{
    public const int MaxWords = 16;

    // A clause shorter than this ("قطعت أوكرانيا"، "وصل إلى بيونغ يانغ") lacks its object or subject: the next clauses complete it.
    private const int MinWords = 6;

    /// <param name="evidence">The sentence the event was found in.</param>
    /// <param name="triggerOffset">Where the trigger starts in <paramref name="evidence"/>; outside it, the sentence's start is used.</param>
    public static string From(string evidence, int triggerOffset)
    {
        var text = evidence.ReplaceLineEndings(" ");
        if (triggerOffset < 0 || triggerOffset > text.Length)
        {
            triggerOffset = 0;
        }
        var words = Words(Clause(text, triggerOffset));
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

    /// <summary>
    /// The clause of the trigger, then, while it is shorter than an act with its parties, the clauses after it
    /// (the object usually follows the verb) — skipping relative clauses set off by commas ("، التي …،") —
    /// and last the ones before it (a subject set off by commas: "الرئيس الروسي، فلاديمير بوتين، وصل").
    /// The clauses are joined without their commas.
    /// </summary>
    private static string Clause(string text, int trigger)
    {
        var segments = new List<(int Start, int End)>();
        var from = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            segments.Add((from, m.Index));
            from = m.Index + m.Length;
        }
        segments.Add((from, text.Length));
        var t = segments.FindIndex(g => trigger < g.End || g == segments[^1]);
        var chosen = new SortedSet<int> { t };
        int Count() => chosen.Sum(i => Words(text[segments[i].Start..segments[i].End]).Count);
        var (left, right) = (t - 1, t + 1);
        while (Count() < MinWords && (left >= 0 || right < segments.Count))
        {
            if (right < segments.Count)
            {
                var words = Words(text[segments[right].Start..segments[right].End]);
                if (words.Count == 0 || !Relative.Contains(words[0]))
                {
                    chosen.Add(right);
                }
                right++;
            }
            else
            {
                chosen.Add(left--);
            }
        }
        return string.Join(' ', chosen.Select(i => text[segments[i].Start..segments[i].End].Trim()));
    }

    // Words that open a relative clause: between commas it describes a party, and the act goes on after it.
    private static readonly HashSet<string> Relative = new(StringComparer.Ordinal) { "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان", "اللواتي" };

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
        // "و" and "ف" alone, "وقد"/"فقد"/"قد" before the verb, and a clause's "أن"/"إن"/"وذلك" add nothing to a headline.
        while (words.Count > 1 && words[0] is "و" or "ف" or "وقد" or "فقد" or "قد" or "كما" or "وكما" or "ثم" or "أن" or "إن" or "بأن" or "وذلك" or "ذلك")
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

    // Commas, semicolons and colons end clauses.
    [GeneratedRegex(@"[،,؛;:]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[•·▪■*\-–—ـ]+")]
    private static partial Regex Bullet();
}
