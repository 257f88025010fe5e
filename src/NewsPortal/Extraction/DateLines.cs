using System.Text.RegularExpressions;

namespace NewsPortal.Extraction;

/// <summary>A date a line states, and whether a label calls it the publication or an update.</summary>
public sealed record LineDate(StatedDate Date, bool Labelled, bool Updated);

/// <summary>
/// Where pages state their publish date in visible text, in normalized text: a date line (labelled
/// "تاريخ النشر" / "Published", or little but a weekday, date and time), a dateline opening the
/// first paragraph ("فلاديفوستوك، روسيا 25 أبريل 2019 /"), and "اليوم الخميس 28 مارس 2024" in
/// the opening sentences.
/// </summary>
public static partial class DateLines
{
    private const int MaxLineLength = 160;
    private const int MaxOtherWords = 6;

    /// <summary>
    /// The dates of a line that is a date line, in order; empty for a line of prose. A line that
    /// opens with a timed or weekday date before running into prose counts too (pages glue them).
    /// </summary>
    public static IReadOnlyList<LineDate> Read(string line, out bool wholeLine)
    {
        ArgumentNullException.ThrowIfNull(line);
        wholeLine = false;
        var text = StatedDates.Normalize(line);
        // A photo caption dates the photo, which may be years old ("صورة أرشيفية").
        IReadOnlyList<StatedDate> dates = Caption().IsMatch(text) ? [] : StatedDates.Find(text);
        if (dates.Count == 0)
        {
            return [];
        }
        var labels = Labels().Matches(text);
        var result = dates.Select(d => Role(d, text, labels)).ToList();
        if (text.Length <= MaxLineLength && OtherWords(text, dates, labels) <= MaxOtherWords)
        {
            wholeLine = true;
            return result;
        }
        var first = dates[0];
        var labelOpens = result[0].Labelled && labels[0].Index <= 2;
        var dateOpens = first.Start <= 8 && TimeOrSeparatorsOnly(text[..first.Start]) && (first.HasTime || first.Weekday is not null);
        return labelOpens || dateOpens ? [result[0]] : [];
    }

    /// <summary>
    /// The first day a snippet of visible text states that no label calls an update and that can
    /// be right (a real day, its weekday, not in the future); null when none stands.
    /// </summary>
    public static DateOnly? FirstPublished(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = StatedDates.Normalize(text);
        var labels = Labels().Matches(normalized);
        foreach (var date in StatedDates.Find(normalized))
        {
            if (!Role(date, normalized, labels).Updated && date.Resolve().Day is { } day)
            {
                return day;
            }
        }
        return null;
    }

    /// <summary>An embedded tweet's signature, "— Name (@handle) September 13, 2023": it dates the tweet.</summary>
    public static bool IsEmbedSignature(string line) => EmbedSignature().IsMatch(StatedDates.Normalize(line));

    /// <summary>The weekday of "اليوم الأربعاء" standing without a date in <paramref name="normalized"/>.</summary>
    public static DayOfWeek? TodayWeekday(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (Match m in TodayWord().Matches(normalized))
        {
            if (StatedDates.Weekday(m.Groups["w"].Value) is { } day)
            {
                return day;
            }
        }
        return null;
    }

    /// <summary>True when the line starts with a publish or update label ("تاريخ النشر:", "Updated").</summary>
    public static bool IsLabelled(string line) => Labels().Match(StatedDates.Normalize(line)) is { Success: true, Index: 0 };

    /// <summary>
    /// "اليوم الخميس 28 مارس 2024" / "اليوم الخميس (18 مايو 2017)" in the opening text, or the same
    /// after "أمس" (the news day is the day after) or "أول أمس" (two days after).
    /// </summary>
    public static (StatedDate Date, int DaysAfter)? Today(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (var date in StatedDates.Find(normalized))
        {
            if (date.Weekday is not null && TodayBefore().Match(normalized[Math.Max(0, date.Start - 30)..date.Start]) is { Success: true } m)
            {
                return (date, m.Groups["before"].Success ? 2 : m.Groups["yesterday"].Success ? 1 : 0);
            }
        }
        return null;
    }

    /// <summary>
    /// The news day a lead states: a weekday with a full date (day, month, year) in the opening
    /// sentence ("التقى الرئيسان، الخميس 25 أبريل 2019، في ..."). A text naming a later year is
    /// looking back, so its lead's date is not the news day.
    /// </summary>
    public static StatedDate? Lead(string normalizedParagraph, IReadOnlySet<int> yearsMentioned)
    {
        ArgumentNullException.ThrowIfNull(normalizedParagraph);
        ArgumentNullException.ThrowIfNull(yearsMentioned);
        var end = SentenceEnd().Match(normalizedParagraph);
        var sentence = end.Success ? normalizedParagraph[..end.Index] : normalizedParagraph;
        // "أمس الخميس 25 أبريل 2019" is the day before the news day (see Today).
        var date = StatedDates.Find(sentence).FirstOrDefault(d => d.Weekday is not null && d.Year is not null
            && !TodayBefore().Match(sentence[Math.Max(0, d.Start - 30)..d.Start]).Groups["yesterday"].Success);
        return date is not null && yearsMentioned.All(y => y <= date.Year) ? date : null;
    }

    /// <summary>A dateline: a place of one to four words, the date, then a dash, slash or colon.</summary>
    public static StatedDate? Dateline(string normalizedParagraph)
    {
        var dates = StatedDates.Find(normalizedParagraph);
        if (dates.Count == 0 || dates[0].Start > 60)
        {
            return null;
        }
        var date = dates[0];
        var place = normalizedParagraph[..date.Start];
        var after = normalizedParagraph[date.End..];
        return PlacePrefix().IsMatch(place) && DatelineEnd().IsMatch(after) ? date : null;
    }

    private static LineDate Role(StatedDate date, string text, MatchCollection labels)
    {
        var label = labels.LastOrDefault(l => l.Index + l.Length <= date.Start
            && text[(l.Index + l.Length)..date.Start].Count(char.IsLetter) <= 12);
        return new LineDate(date, label is not null, label?.Groups["updated"].Success == true);
    }

    /// <summary>Words of the line outside its dates, labels and times: a source name or read count, not prose.</summary>
    private static int OtherWords(string text, IReadOnlyList<StatedDate> dates, MatchCollection labels)
    {
        var chars = text.ToCharArray();
        foreach (var d in dates)
        {
            Array.Fill(chars, ' ', d.Start, d.End - d.Start);
        }
        foreach (Match l in labels)
        {
            Array.Fill(chars, ' ', l.Index, l.Length);
        }
        var rest = Time().Replace(new string(chars), " ");
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
    }

    private static bool TimeOrSeparatorsOnly(string text) => Time().Replace(text, "").All(c => !char.IsLetterOrDigit(c));

    [GeneratedRegex("(?<!\\p{L})(?:(?<updated>اخر تحديث|تم التحديث|تحديث|محدث|last updated|updated on|updated|update|modified)|تاريخ النشر|تاريخ الاضافه|تاريخ|تم النشر|نشرت? (?:في|بتاريخ)|نشرت?|بتاريخ|published on|published|posted on|posted|first published|written|write|date)(?!\\p{L})\\s*[:：]?")]
    private static partial Regex Labels();

    [GeneratedRegex("^[\\p{P}\\s]*(?:الصوره|صوره|صور|photo|file photo|credit)(?!\\p{L})|(?<!\\p{L})(?:ارشيفيه|ارشيفي|ارشيف)(?!\\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\\s*(?:ص|م|am|pm|gmt|بتوقيت \\p{L}+)?(?!\\p{L})")]
    private static partial Regex Time();

    [GeneratedRegex("(?<!\\p{L})(?:(?:صباح|مساء|فجر|ظهر|ليل|ليله)\\s+)?(?:اليوم|(?<yesterday>(?<before>اول\\s+(?:من\\s+)?)?امس))\\s*\\(?\\s*$")]
    private static partial Regex TodayBefore();

    // "موسكو،", "فلاديفوستوك، روسيا", or the outlet and the city: "الموقع / موسكو /", "الموقع - موسكو -".
    [GeneratedRegex("^\\s*(?:\\p{L}+\\s*[,/\\-–—]?\\s*){1,4}\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—/]?\\s*$")]
    private static partial Regex PlacePrefix();

    [GeneratedRegex("^\\s*[-–—]\\s*[^\\n]{1,80}\\(@\\w{1,30}\\)")]
    private static partial Regex EmbedSignature();

    [GeneratedRegex("(?<!\\p{L})اليوم\\s*\\(?\\s*(?<w>\\p{L}+)")]
    private static partial Regex TodayWord();

    [GeneratedRegex("[.!?؟](?:\\s|$)|\\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^\\s*(?:\\([^)]{1,30}\\)\\s*)?[/\\-–—:]")]
    private static partial Regex DatelineEnd();
}
