using System.Text.RegularExpressions;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>Absolute day-month-year dates in Arabic and English news datelines.</summary>
public static partial class DateExpressions
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first full date (day, month, year) in the text, or null.</summary>
    public static DateOnly? ParseAbsolute(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var iso = IsoDate().Match(normalized);
        if (iso.Success && TryDate(int.Parse(iso.Groups[1].Value), int.Parse(iso.Groups[2].Value), int.Parse(iso.Groups[3].Value), out var d))
        {
            return d;
        }
        foreach (Match m in DayMonthYear().Matches(normalized))
        {
            if (Months.TryGetValue(m.Groups["month"].Value, out var month)
                && TryDate(int.Parse(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value), out var date))
            {
                return date;
            }
        }
        return null;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] series =
        [
            ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"],
            ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"],
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var names in series)
        {
            for (var i = 0; i < names.Length; i++)
            {
                months[ArabicNormalizer.Normalize(names[i])] = i + 1;
            }
        }
        return months;
    }

    [GeneratedRegex(@"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<day>[0-9]{1,2})(st|nd|rd|th)?,?\s+(?<month>كانون الثاني|كانون الاول|تشرين الاول|تشرين الثاني|[\p{L}]+)\s*(/\s*[\p{L}]+\s*)?,?\s+(?<year>[0-9]{4})")]
    private static partial Regex DayMonthYear();
}
