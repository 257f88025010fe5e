using System.Globalization;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>Finds date expressions in Arabic (and English) news text.</summary>
public static class DateExpressions
{
    /// <summary>Years a date without its year may fall in when only the weekday pins it.</summary>
    internal const int PlausibleFirstYear = 1990;
    internal const int PlausibleLastYear = 2035;

    /// <summary>
    /// The first absolute date with day, month and year in <paramref name="text"/>, e.g. the
    /// publish line "تاريخ النشر: 13th, September 2023 GMT"; null when there is none.
    /// </summary>
    public static DateOnly? ParseAbsolute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ArabicNormalizer.Normalize(text);
        foreach (var f in AbsoluteDates.Resolve(AbsoluteDates.Find(normalized)))
        {
            if (f is { Year: { } y, Month: { } m, Day: { } d, EndYear: null })
            {
                return new DateOnly(y, m, d);
            }
        }
        return null;
    }

    /// <summary>All date expressions of <paramref name="text"/>, relative ones resolved against <paramref name="published"/>.</summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Find(ArabicNormalizer.NormalizeWithOffsets(text, keepLineBreaks: true), text, published).Select(d => d.Mention)];
    }

    internal static List<DateSpan> Find(NormalizedText normalized, string original, DateOnly? published, List<Token>? tokens = null)
    {
        tokens ??= Tokens.Split(normalized.Text);
        // One set of anchor words serves both finders.
        var windows = new AnchorWindows(normalized.Text, tokens);
        var finds = AbsoluteDates.Find(normalized.Text, windows);
        finds.AddRange(RelativeDates.Find(normalized.Text, windows, published));
        var mentions = new List<DateSpan>();
        foreach (var f in AbsoluteDates.Resolve(finds))
        {
            var (start, end) = normalized.ToSource(f.Start, f.End);
            var (value, precision, relative) = Value(f, normalized.Text, published);
            mentions.Add(new DateSpan(f.Start, f.End, new DateMention(original[start..end], value, precision, start, end, relative)));
        }
        return mentions;
    }

    private static (string? Value, DatePrecision Precision, bool Relative) Value(FoundDate f, string text, DateOnly? published)
    {
        if (f.Relative)
        {
            return (f.Value, f.Precision, true);
        }
        if (f.EndYear is { } endYear)
        {
            return ($"{f.Year:D4}/{endYear:D4}", DatePrecision.Range, false);
        }
        if (f.Day is { } day && f.Month is { } month)
        {
            var year = f.Year ?? YearOf(month, day, f, text, published);
            return (year is { } y ? Iso(new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)))) : null,
                DatePrecision.Day, f.Year is null);
        }
        if (f.Month is { } onlyMonth)
        {
            return (f.Year is { } y ? $"{y:D4}-{onlyMonth:D2}" : null, DatePrecision.Month, f.Year is null);
        }
        return (f.Year is { } year2 ? year2.ToString("D4", CultureInfo.InvariantCulture) : null, DatePrecision.Year, false);
    }

    /// <summary>
    /// The year of a day and month given without one: the publish year, or the year before when
    /// that would put a past event in the future. Without a publish date only a weekday can pin it.
    /// </summary>
    private static int? YearOf(int month, int day, FoundDate f, string text, DateOnly? published)
    {
        if (published is { } p)
        {
            if (day > DateTime.DaysInMonth(p.Year, month))
            {
                return null;
            }
            var candidate = new DateOnly(p.Year, month, day);
            return candidate > p && !Tense.IsFuture(text, f.Start, f.End) && !CurrentMonth(text, f.End) ? p.Year - 1 : p.Year;
        }
        if (f.Weekday is { } weekday)
        {
            int? only = null;
            for (var y = PlausibleFirstYear; y <= PlausibleLastYear; y++)
            {
                if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == weekday)
                {
                    if (only is not null)
                    {
                        return null;
                    }
                    only = y;
                }
            }
            return only;
        }
        return null;
    }

    /// <summary>"15 أغسطس الجاري": the month of publication.</summary>
    private static bool CurrentMonth(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart();
        return after.StartsWith("الجاري", StringComparison.Ordinal) || after.StartsWith("الحالي", StringComparison.Ordinal);
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A date mention with its span in normalized text.</summary>
internal sealed record DateSpan(int Start, int End, DateMention Mention);
