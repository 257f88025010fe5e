using System.Globalization;

namespace NewsPortal.Analysis.Dates;

/// <summary>
/// The ISO date prefixes the engine writes and the portal reads (lexicon role dates, query
/// parameters, stored values): "2024-06-13", "2024-06" or "2024", and "start/end" ranges of them.
/// </summary>
public static class IsoDates
{
    /// <summary>One prefix: the first and last day it covers and how precise it is. False when it is none of the three forms.</summary>
    public static bool TryParse(string? text, out DateOnly first, out DateOnly last, out DatePrecision precision)
    {
        (first, last, precision) = (default, default, DatePrecision.Day);
        switch (text?.Length)
        {
            case 10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                (first, last) = (day, day);
                return true;
            case 7 when DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month):
                (first, last, precision) = (month, month.AddMonths(1).AddDays(-1), DatePrecision.Month);
                return true;
            case 4 when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1:
                (first, last, precision) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The first (or, for an <paramref name="end"/>, the last) day a prefix covers; null when absent or unreadable.</summary>
    public static DateOnly? Day(string? text, bool end = false) =>
        TryParse(text, out var first, out var last, out _) ? end ? last : first : null;

    /// <summary>A prefix or a "start/end" range: from the first day of its start to the last day of its end.</summary>
    public static (DateOnly First, DateOnly Last, DatePrecision Precision)? Span(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        var parts = value.Split('/');
        if (parts.Length > 2 || !TryParse(parts[0], out var first, out var last, out var precision))
        {
            return null;
        }
        if (parts.Length == 2)
        {
            if (!TryParse(parts[1], out _, out last, out _))
            {
                return null;
            }
            precision = DatePrecision.Range;
        }
        return (first, last, precision);
    }
}
