using System.Reflection;
using System.Text.Json;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Extraction;

/// <summary>
/// Rules that tell page furniture (share bars, related lists, photo credits, promos, "read also"
/// blocks) from the article. Phrases are data (boilerplate.json); the shapes here are the ones
/// Arabic news pages share, never one site's markup.
/// </summary>
public sealed class Boilerplate
{
    private const int MaxSkippableBlockLines = 40;

    private const int MaxHeadlineWords = 25;

    private readonly string[] endOfArticle;
    private readonly string[] relatedBlockStart;
    private readonly string[] tickerItemStart;
    private readonly HashSet<string> dropExact;
    private readonly string[] dropStartingWith;
    private readonly string[] dropContaining;
    private readonly string[] captionLabels;
    private readonly string[] blockStart;
    private readonly string[] blockEnd;
    private readonly HashSet<string> lonePunctuation;

    private Boilerplate(Rules rules)
    {
        endOfArticle = Keys(rules.EndOfArticle);
        relatedBlockStart = Keys(rules.RelatedBlockStart);
        tickerItemStart = Keys(rules.TickerItemStart);
        dropExact = [.. Keys(rules.DropExactLine)];
        dropStartingWith = Keys(rules.DropLineStartingWith);
        dropContaining = Keys(rules.DropLineContaining);
        captionLabels = Keys(rules.CaptionLabels);
        blockStart = Keys(rules.SkippableBlockStart);
        blockEnd = Keys(rules.SkippableBlockEnd);
        lonePunctuation = [.. rules.LonePunctuation];
    }

    /// <summary>The rules shipped with the app.</summary>
    public static Boilerplate Default { get; } = FromJson(ReadEmbedded());

    public static Boilerplate FromJson(string json)
    {
        var rules = JsonSerializer.Deserialize<Rules>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("Boilerplate rules are empty.");
        return new Boilerplate(rules);
    }

    /// <summary>A heading that starts what is no longer this article: related lists, tags, "read also", source line.</summary>
    public bool EndsArticle(string line)
    {
        var key = Key(line);
        return key.Length > 0 && endOfArticle.Any(p => StartsWithPhrase(key, p) && key.Length <= p.Length + 300);
    }

    /// <summary>
    /// Related headlines and tickers inside the body, which name actors the article is not about:
    /// the index of the first line after them when line <paramref name="i"/> opens such furniture, else -1.
    /// A heading standing alone ("في نفس السياق", "ذات صلة") and a teaser with its headline on the line
    /// ("اقرأ أيضا: …") take the headlines under them (lines with no sentence end); a ticker line ("عاجل | …") goes alone. "وفي نفس السياق، قال …" is prose and stays.
    /// </summary>
    public int EndOfRelatedBlock(IReadOnlyList<string> lines, int i)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var key = Key(lines[i]).TrimEnd(':', '.', ' ', '-', '|');
        if (key.Length == 0)
        {
            return -1;
        }
        // "اقرأ أيضا" alone is left to the end-of-article rule: what follows it is usually another article.
        var alone = relatedBlockStart.Contains(key);
        if (!alone && tickerItemStart.FirstOrDefault(p => StartsWithPhrase(key, p) && key.Length > p.Length + 3) is { } ticker)
        {
            return SeparatorAfter(key, ticker) && IsHeadline(lines[i]) ? i + 1 : -1;
        }
        var teaser = !alone && endOfArticle.FirstOrDefault(p => StartsWithPhrase(key, p) && key.Length > p.Length + 3) is { } p && SeparatorAfter(key, p);
        if (!alone && !teaser)
        {
            return -1;
        }
        var j = i + 1;
        while (j < lines.Count && (lines[j].Trim().Length == 0 || IsHeadline(lines[j])))
        {
            j++;
        }
        // Nothing but headlines to the end of the page: the caller's end-of-article rule decides.
        return j < lines.Count && (teaser || j > i + 1) ? j : -1;
    }

    /// <summary>A linked headline: short, and not ended like a sentence.</summary>
    private static bool IsHeadline(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords
            && !(text.EndsWith('.') || text.EndsWith('،') || text.EndsWith('؛') || text.EndsWith(':') || text.EndsWith('"') || text.EndsWith('»'));
    }

    /// <summary>"عاجل: …", "عاجل | …", "اقرأ أيضا - …": the phrase is a label, not the start of a sentence.</summary>
    private static bool SeparatorAfter(string key, string phrase)
    {
        var rest = key.AsSpan(phrase.Length).TrimStart(' ');
        return rest.Length > 0 && rest[0] is ':' or '|' or '-' or '–' or '»' or '«' or '"' or '/';
    }

    /// <summary>A line that is furniture wherever it stands.</summary>
    public bool IsFurniture(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || lonePunctuation.Contains(trimmed))
        {
            return true;
        }
        var key = Key(trimmed);
        if (key.Length == 0)
        {
            return true;
        }
        // Share bars and app promos are often glued to the next label ("شارك هذا المقالمحادثة").
        if (dropExact.Contains(key.TrimEnd(':', '.', ' ')) || dropStartingWith.Any(p => key.StartsWith(p, StringComparison.Ordinal) && key.Length <= p.Length + 40))
        {
            return true;
        }
        return dropContaining.Any(key.Contains) || IsGluedMenu(trimmed);
    }

    /// <summary>A label such as "التعليق على الصورة": the paragraph after it is a caption.</summary>
    public bool IsCaptionLabel(string line)
    {
        var key = Key(line).TrimEnd(',', ':', ' ');
        return captionLabels.Any(p => key == p);
    }

    /// <summary>
    /// Keeps the article's paragraphs: drops furniture lines, captions, skippable promo blocks
    /// ("تخطى … وواصل القراءة" … "… نهاية"), lists of headlines, and everything from an
    /// end-of-article heading on.
    /// </summary>
    public IReadOnlyList<string> Clean(IReadOnlyList<string> paragraphs)
    {
        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (EndOfRelatedBlock(paragraphs, i) is var after and >= 0)
            {
                i = after - 1;
                continue;
            }
            if (EndsArticle(line))
            {
                break;
            }
            if (IsSkippableBlockStart(line))
            {
                i = EndOfSkippableBlock(paragraphs, i);
                continue;
            }
            if (IsCaptionLabel(line))
            {
                i = NextNonEmpty(paragraphs, i);
                continue;
            }
            if (IsFurniture(line) || IsSkippableBlockEnd(line) || IsCaptionOfNext(paragraphs, i))
            {
                continue;
            }
            if (IsListItem(line))
            {
                var end = EndOfList(paragraphs, i);
                if (IsHeadlineList(paragraphs, i, end))
                {
                    i = end - 1;
                    continue;
                }
            }
            kept.Add(line);
        }
        return kept;
    }

    public static bool IsListItem(string line) => line.TrimStart().Length > 0 && "•▪●◦-*–".Contains(line.TrimStart()[0]);

    /// <summary>Lines of a list with no sentence ending are headlines linking elsewhere, not article text.</summary>
    private static bool IsHeadlineList(IReadOnlyList<string> lines, int start, int end)
    {
        int items = 0, sentences = 0;
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }
            items++;
            if (text.EndsWith('.') || text.EndsWith('،') || text.EndsWith('؛') || text.EndsWith(':'))
            {
                sentences++;
            }
        }
        return items > 0 && sentences * 2 < items;
    }

    private static int EndOfList(IReadOnlyList<string> lines, int start)
    {
        var i = start;
        while (i < lines.Count && (IsListItem(lines[i]) || lines[i].Trim().Length == 0 && i + 1 < lines.Count && IsListItem(lines[i + 1])))
        {
            i++;
        }
        return i;
    }

    /// <summary>A caption printed twice: once alone, then again with its photo credit.</summary>
    private bool IsCaptionOfNext(IReadOnlyList<string> lines, int i)
    {
        var next = NextNonEmpty(lines, i);
        if (next >= lines.Count)
        {
            return false;
        }
        var line = lines[i].Trim();
        var following = lines[next].Trim();
        return following.Length > line.Length && following.StartsWith(line, StringComparison.Ordinal) && IsFurniture(following);
    }

    private bool IsSkippableBlockStart(string line)
    {
        var key = Key(line);
        return blockStart.Any(p => StartsWithPhrase(key, p)) && key.Split(' ').Length <= 8;
    }

    private bool IsSkippableBlockEnd(string line)
    {
        var key = Key(line);
        return key.Split(' ').Length <= 5 && blockEnd.Any(p => key.EndsWith(p, StringComparison.Ordinal) || key.StartsWith(p + " ", StringComparison.Ordinal));
    }

    private int EndOfSkippableBlock(IReadOnlyList<string> lines, int start)
    {
        var limit = Math.Min(lines.Count, start + MaxSkippableBlockLines);
        for (var i = start + 1; i < limit; i++)
        {
            if (IsSkippableBlockEnd(lines[i]))
            {
                return i;
            }
        }
        // No end marker: drop only the skip link itself.
        return start;
    }

    private static int NextNonEmpty(IReadOnlyList<string> lines, int i)
    {
        var j = i + 1;
        while (j < lines.Count && lines[j].Trim().Length == 0)
        {
            j++;
        }
        return j;
    }

    /// <summary>Menu items glued together when a page is saved as text: "Eventsالأحداثالبودكاست".</summary>
    private static bool IsGluedMenu(string line)
    {
        if (line.Contains(' ', StringComparison.Ordinal) || line.Length < 8)
        {
            return false;
        }
        bool latin = false, arabic = false;
        foreach (var c in line)
        {
            latin |= c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
            arabic |= c is >= '\u0600' and <= '\u06FF';
        }
        return latin && arabic;
    }

    private static bool StartsWithPhrase(string key, string phrase) =>
        key.StartsWith(phrase, StringComparison.Ordinal)
        && (key.Length == phrase.Length || !char.IsLetterOrDigit(key[phrase.Length]));

    internal static string Key(string text) =>
        ArabicNormalizer.Normalize(text).Trim().TrimStart('•', '-', '*', ' ').Trim();

    private static string[] Keys(IEnumerable<string>? phrases) =>
        [.. (phrases ?? []).Select(Key).Where(k => k.Length > 0).Distinct()];

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsPortal.Extraction.boilerplate.json")
            ?? throw new InvalidOperationException("boilerplate.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Rules(
        string[]? EndOfArticle,
        string[]? RelatedBlockStart,
        string[]? TickerItemStart,
        string[]? DropExactLine,
        string[]? DropLineStartingWith,
        string[]? DropLineContaining,
        string[]? CaptionLabels,
        string[]? SkippableBlockStart,
        string[]? SkippableBlockEnd,
        string[] LonePunctuation);
}
