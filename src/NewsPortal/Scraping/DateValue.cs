using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsPortal.Scraping;

/// <summary>
/// Parses the machine-ish date strings pages put in metadata and bylines: ISO 8601, RFC 822/1123,
/// Unix epochs, numeric day-month-year and English month names. The page's own offset is kept;
/// a date without one is taken as UTC. Arabic datelines are not handled here.
/// </summary>
public static partial class DateValue
{
    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Month names of the languages the portal's sources and their wire services write in.</summary>
    private static readonly Dictionary<string, int> MonthNames = BuildMonthNames(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
        ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
        ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]);

    /// <summary>English weekday names; a date whose weekday contradicts its day is no date.</summary>
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sunday"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday, ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday,
    };

    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UTC"] = "+00:00", ["UT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["BST"] = "+01:00", ["MSK"] = "+03:00", ["AST"] = "+03:00", ["IST"] = "+05:30",
    };

    /// <summary>Parses a date; false for text that holds none or a date outside 1995..tomorrow.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) => TryParse(text, out value, out _);

    /// <summary>
    /// Parses a date; when the text holds a date that cannot be a publish date (no such day, a
    /// weekday that contradicts it, the future, before 1995 such as the 1970 epoch) the reason.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset value, out string? refusal)
    {
        value = default;
        refusal = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }
        var s = text.Trim();
        if (!(TryEpoch(s, out value) || TryStandard(s, out value) || TryNumeric(s, out value) || TryWords(s, out value)))
        {
            refusal = ImpossibleDay(s);
            return false;
        }
        refusal = value < Earliest ? $"{value:yyyy-MM-dd} is before 1995 (an epoch zero or a placeholder)"
            : value > DateTimeOffset.UtcNow.AddDays(2) ? $"{value:yyyy-MM-dd} is in the future"
            : ContradictingWeekday(s, value);
        return refusal is null;
    }

    /// <summary>"Tue, 15 Jan 2020": the weekday named before the date must be the date's.</summary>
    private static string? ContradictingWeekday(string s, DateTimeOffset value)
    {
        var firstDigit = s.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit <= 0 || s.Length > 80)
        {
            return null;
        }
        var named = WeekdayWord().Matches(s[..firstDigit])
            .Select(m => Weekdays.TryGetValue(m.Value, out var d) ? d : (DayOfWeek?)null)
            .FirstOrDefault(d => d is not null);
        return named is { } day && day != value.DayOfWeek
            ? $"\"{s}\" names a {day} but {value:yyyy-MM-dd} is a {value.DayOfWeek}"
            : null;
    }

    /// <summary>A numeric date shape whose day its month does not have (31 February).</summary>
    private static string? ImpossibleDay(string s)
    {
        var iso = IsoPattern().Match(s);
        var m = iso.Success ? iso : YearFirst().Match(s);
        int y, mo, d;
        if (m.Success)
        {
            (y, mo, d) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }
        else if (DayFirst().Match(s) is { Success: true } dm)
        {
            (y, mo, d) = (Int(dm, "y"), Int(dm, "b"), Int(dm, "a"));
        }
        else
        {
            return null;
        }
        return y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 && d > DateTime.DaysInMonth(y, mo)
            ? $"\"{s}\" names day {d} of a month that has {DateTime.DaysInMonth(y, mo)} days"
            : null;
    }

    public static bool IsPlausible(DateTimeOffset value) =>
        value >= Earliest && value <= DateTimeOffset.UtcNow.AddDays(2);

    private static bool TryEpoch(string s, out DateTimeOffset value)
    {
        value = default;
        if (!EpochPattern().IsMatch(s) || !long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }
        value = s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(n) : DateTimeOffset.FromUnixTimeSeconds(n);
        return true;
    }

    private static bool TryStandard(string s, out DateTimeOffset value)
    {
        value = default;
        var m = IsoPattern().Match(s);
        if (m.Success)
        {
            var iso = m.Value.Replace(' ', 'T');
            iso = CompactOffset().Replace(iso, "$1:$2");
            if (DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            {
                return true;
            }
            // A time that does not parse (24:00, odd fractions): keep the day.
            return TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), out value);
        }
        var rfc = ZoneName().Replace(s, z => ZoneNames[z.Groups[1].Value]);
        rfc = CompactOffset().Replace(rfc, "$1:$2");
        return RfcPattern().IsMatch(rfc)
            && DateTimeOffset.TryParse(rfc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static bool TryNumeric(string s, out DateTimeOffset value)
    {
        value = default;
        if (Compact().Match(s) is { Success: true } compact)
        {
            return TryDate(Int(compact, "y"), Int(compact, "m"), Int(compact, "d"), out value);
        }
        var m = YearFirst().Match(s);
        if (!m.Success)
        {
            m = CjkDate().Match(s);
        }
        if (m.Success)
        {
            return TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out value);
        }
        m = DayFirst().Match(s);
        if (!m.Success)
        {
            return false;
        }
        int a = Int(m, "a"), b = Int(m, "b"), y = Int(m, "y");
        // Day first unless that cannot be (US order shows as a "day" above 12 in second place).
        return a > 12 || b <= 12 ? TryDate(y, b, a, out value) : TryDate(y, a, b, out value);
    }

    private static bool TryWords(string s, out DateTimeOffset value)
    {
        value = default;
        foreach (var m in MonthFirst().Matches(s).Concat(DayMonth().Matches(s)).Take(12))
        {
            var name = m.Groups["mon"].Value.ToLowerInvariant().TrimEnd('.');
            // Unlisted languages often share the English stem: "septembrie", "oktobar".
            if ((MonthNames.TryGetValue(name, out var month) || name.Length > 3 && MonthNames.TryGetValue(name[..3], out month))
                && TryDate(Int(m, "y"), month, Int(m, "d"), out value))
            {
                return true;
            }
        }
        return false;
    }

    private static Dictionary<string, int> BuildMonthNames(params string[][] languages)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal) { ["sept"] = 9 };
        foreach (var language in languages)
        {
            for (var i = 0; i < 12; i++)
            {
                names[language[i]] = i + 1;
            }
        }
        return names;
    }

    /// <summary>Builds a day at midnight UTC; false for an impossible day.</summary>
    public static bool TryDate(int year, int month, int day, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WeekdayWord();

    [GeneratedRegex(@"^\d{10}(\d{3})?$")]
    private static partial Regex EpochPattern();

    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"(?<=\d\s*)\b(GMT|UTC|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|EET|EEST|BST|MSK|AST|IST)\b")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"^(\w{3},\s*)?\d{1,2}\s+\w{3}\s+\d{4}\s+\d{1,2}:\d{2}")]
    private static partial Regex RfcPattern();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^(?<y>(19|20)\d{2})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex Compact();

    [GeneratedRegex(@"\b(?<y>(19|20)\d{2})[./](?<m>\d{1,2})[./](?<d>\d{1,2})\b")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[./-](?<b>\d{1,2})[./-](?<y>(19|20)\d{2})\b")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?,?\s+(?<y>(19|20)\d{2})\b")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(st|nd|rd|th|er|º)?\.?\s+(de\s+)?(?<mon>\p{L}{3,12})\.?,?\s+(de\s+)?(?<y>(19|20)\d{2})\b")]
    private static partial Regex DayMonth();
}
