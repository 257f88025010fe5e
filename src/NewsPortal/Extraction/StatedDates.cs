using System.Globalization;
using System.Text.RegularExpressions;
using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Extraction;

/// <summary>The calendar a date was written in; every date found is converted to Gregorian.</summary>
public enum StatedCalendar
{
    Gregorian,
    Hijri,
    SolarHijri,
}

/// <summary>
/// A calendar date as a page writes it, in <see cref="StatedDates.Normalize"/>d text: the day when
/// the text gives a whole, real one; the parts and the reason otherwise.
/// </summary>
public sealed record StatedDate(int Start, int End, int? Year, int Month, int DayOfMonth, DayOfWeek? Weekday,
    bool HasTime, StatedCalendar Calendar)
{
    /// <summary>
    /// The Gregorian day. A missing year is taken from <paramref name="candidateYears"/> when exactly
    /// one of them puts the day on the stated weekday. Null with <c>Problem</c> saying why otherwise.
    /// </summary>
    public (DateOnly? Day, bool YearInferred, string? Problem) Resolve(IEnumerable<int>? candidateYears = null, DateOnly? latest = null)
    {
        var last = latest ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
        if (Year is not { } year)
        {
            if (Weekday is not { } weekday)
            {
                return (null, false, "the date gives no year");
            }
            var fits = (candidateYears ?? []).Distinct()
                .Where(y => y is >= StatedDates.FirstYear and <= 2100 && DayOfMonth <= DateTime.DaysInMonth(y, Month))
                .Select(y => new DateOnly(y, Month, DayOfMonth))
                .Where(d => d.DayOfWeek == weekday && d <= last)
                .ToList();
            return fits.Count == 1
                ? (fits[0], true, null)
                : (null, false, fits.Count == 0 ? "no year the article mentions puts the day on its weekday" : "the weekday fits more than one year");
        }
        if (!TryGregorian(year, out var day, out var problem))
        {
            return (null, false, problem);
        }
        if (Weekday is { } stated && day.DayOfWeek != stated)
        {
            // Hijri months begin with a sighting that may differ a day from the tables.
            if (Calendar == StatedCalendar.Hijri && day.AddDays(1).DayOfWeek == stated)
            {
                day = day.AddDays(1);
            }
            else if (Calendar == StatedCalendar.Hijri && day.AddDays(-1).DayOfWeek == stated)
            {
                day = day.AddDays(-1);
            }
            else
            {
                return (null, false, $"the weekday ({stated}) contradicts the day {day:yyyy-MM-dd} ({day.DayOfWeek})");
            }
        }
        if (day.Year < StatedDates.FirstYear)
        {
            return (null, false, $"{day:yyyy-MM-dd} is older than any web news page");
        }
        return day > last ? (null, false, $"{day:yyyy-MM-dd} is in the future") : (day, false, null);
    }

    private bool TryGregorian(int year, out DateOnly day, out string? problem)
    {
        day = default;
        problem = null;
        Calendar calendar = Calendar switch
        {
            StatedCalendar.Hijri => new UmAlQuraCalendar(),
            StatedCalendar.SolarHijri => new PersianCalendar(),
            _ => new GregorianCalendar(),
        };
        try
        {
            if (Month < 1 || Month > 12 || DayOfMonth < 1 || DayOfMonth > calendar.GetDaysInMonth(year, Month))
            {
                problem = $"there is no day {DayOfMonth} in month {Month} of {year}";
                return false;
            }
            day = DateOnly.FromDateTime(calendar.ToDateTime(year, Month, DayOfMonth, 0, 0, 0, 0));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            problem = $"{DayOfMonth}/{Month}/{year} is outside the {Calendar} calendar's range";
            return false;
        }
    }
}

/// <summary>
/// Finds the calendar dates a page states in its visible text, in the forms Arabic (and Persian and
/// English) news pages write them: day and month name in any series, with or without year, paired
/// names ("أبريل/نيسان"), numeric d-m-y and y-m-d with / - . separators, English month-first,
/// Hijri and Solar Hijri dates; with the weekday before and a time of day around it. Both digit
/// sets. Shared by the text-file reader and the HTML extractor.
/// </summary>
public static partial class StatedDates
{
    /// <summary>No web news page is older.</summary>
    public const int FirstYear = 1995;

    private static readonly string[][] HijriMonths =
    [
        ["محرم"], ["صفر"], ["ربيع الاول", "ربيع اول"], ["ربيع الاخر", "ربيع الثاني", "ربيع اخر", "ربيع ثاني"],
        ["جمادي الاولي", "جمادي الاول"], ["جمادي الاخره", "جمادي الاخر", "جمادي الثانيه", "جمادي الثاني"],
        ["رجب"], ["شعبان"], ["رمضان"], ["شوال"], ["ذو القعده", "ذي القعده"], ["ذو الحجه", "ذي الحجه"],
    ];

    /// <summary>Persian (Solar Hijri) months as <see cref="ArabicNormalizer"/> folds them.</summary>
    private static readonly string[][] SolarMonths =
    [
        ["فروردين"], ["ارديبهشت"], ["خرداد"], ["تير"], ["مرداد"], ["شهريور"],
        ["مهر"], ["ابان"], ["اذر"], ["دي"], ["بهمن"], ["اسفند"],
    ];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    private static readonly Dictionary<string, (int Month, StatedCalendar Calendar)> Months = BuildMonths();

    private static readonly string MonthPattern = string.Join("|",
        Months.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    private static readonly string WeekdayPattern = string.Join("|", Weekdays.Keys.OrderByDescending(k => k.Length));

    private const string DayPart = "(?<![0-9])(?<d>[0-3]?[0-9])(?:st|nd|rd|th|er)?(?![0-9])";
    private const string YearPart = "(?<![0-9])(?<y>1[34][0-9]{2}|19[0-9]{2}|20[0-9]{2})(?![0-9])";
    private const string Era = "(?:\\s*(?<era>هجريه|هجري|للهجره|ميلاديه|ميلادي|ه|م|ش|ad)(?!\\p{L}))?";

    private static readonly Regex DayMonthYear = new(
        DayPart + "\\s*[/\\-.,]?\\s*(?:من\\s+)?(?:شهر\\s+)?(?<!\\p{L})(?<m>" + MonthPattern + ")(?!\\p{L})"
        + "(?:\\s*[/(\\-]\\s*(?<m2>" + MonthPattern + ")(?!\\p{L})\\s*\\)?)?"
        + "(?:\\s*[/\\-.,]?\\s*(?:(?:من\\s+)?(?:ال|لل|ل)?(?:عام|سنه)\\s+)?" + YearPart + Era + ")?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex MonthDayYear = new(
        "(?<!\\p{L})(?<m>" + MonthPattern + ")(?!\\p{L})\\.?\\s*" + DayPart + ",?\\s+" + YearPart,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex WeekdayBefore = new(
        "(?<!\\p{L})(?:يوم\\s+)?(?:ال)?(?<w>" + WeekdayPattern + ")(?!\\p{L})\\.?\\s*\\)?\\s*[,\\-–—|/]?\\s*(?:الموافق\\s*(?:ل\\s*)?)?\\(?\\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Some sites space the separators out ("03 . 05 . 2020"); the same separator both times either way.
    [GeneratedRegex("(?<![0-9./\\-])(?<a>[0-3]?[0-9]) ?(?<s>[/.\\-]) ?(?<b>[01]?[0-9]) ?\\k<s> ?(?<y>(?:19|20)[0-9]{2}|1[34][0-9]{2})(?![0-9]|[./\\-][0-9])" + Era, RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex("(?<![0-9./\\-])(?<y>(?:19|20)[0-9]{2}|1[34][0-9]{2}) ?(?<s>[/.\\-]) ?(?<b>[01]?[0-9]) ?\\k<s> ?(?<a>[0-3]?[0-9])(?![0-9]|[./\\-][0-9])" + Era, RegexOptions.CultureInvariant)]
    private static partial Regex NumericYearFirst();

    [GeneratedRegex("^\\s*(?:[-–—|,@/]\\s*)*(?:الساعه\\s*|at\\s+)?[0-2]?[0-9]:[0-5][0-9]")]
    private static partial Regex TimeAfter();

    [GeneratedRegex("[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\\s*(?:ص|م|am|pm)?\\s*[-–—|,]?\\s*$")]
    private static partial Regex TimeBefore();

    /// <summary>
    /// The fold every position in a <see cref="StatedDate"/> refers to. A tatweel standing alone
    /// is a dash ("بيونغ يانغ ـ 19 يونيو 2024 ـ"); the normalizer would drop it with the word stretching.
    /// </summary>
    public static string Normalize(string text) =>
        ArabicNormalizer.Normalize(text.Contains('ـ', StringComparison.Ordinal) ? LoneTatweel().Replace(text, "-") : text);

    [GeneratedRegex("(?<!\\p{L})\u0640+(?!\\p{L})")]
    private static partial Regex LoneTatweel();

    /// <summary>Every date <paramref name="normalized"/> states, in text order; overlaps keep the longest.</summary>
    public static IReadOnlyList<StatedDate> Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<StatedDate>();
        foreach (Match m in DayMonthYear.Matches(normalized))
        {
            AddNamed(found, normalized, m);
        }
        foreach (Match m in MonthDayYear.Matches(normalized))
        {
            AddNamed(found, normalized, m);
        }
        foreach (Match m in NumericDayFirst().Matches(normalized))
        {
            // Day first, as Arabic pages write it, unless the second number cannot be a month.
            int a = Int(m, "a"), b = Int(m, "b");
            AddNumeric(found, normalized, m, b <= 12 ? b : a, b <= 12 ? a : b);
        }
        foreach (Match m in NumericYearFirst().Matches(normalized))
        {
            AddNumeric(found, normalized, m, Int(m, "b"), Int(m, "a"));
        }
        return Overlaps.KeepLongest(found, f => f.Start, f => f.End);
    }

    /// <summary>The day a weekday name means ("الاربعاء", "اربعاء", "wednesday"), in normalized text.</summary>
    public static DayOfWeek? Weekday(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var word = normalizedWord.StartsWith("ال", StringComparison.Ordinal) ? normalizedWord[2..] : normalizedWord;
        return Weekdays.TryGetValue(word, out var day) ? day : null;
    }

    /// <summary>The years a text names (four digits, 1995 and later): what a yearless date may belong to.</summary>
    public static IReadOnlySet<int> YearsMentioned(string normalized) =>
        YearNumber().Matches(normalized).Select(m => Int(m, "y")).Where(y => y >= FirstYear).ToHashSet();

    [GeneratedRegex("(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex YearNumber();

    private static void AddNamed(List<StatedDate> found, string text, Match m)
    {
        if (!Months.TryGetValue(Collapse(m.Groups["m"].Value), out var month))
        {
            return;
        }
        // "يونيو-يوليو": a second, different month is not part of this date.
        if (m.Groups["m2"].Success && Months.TryGetValue(Collapse(m.Groups["m2"].Value), out var second) && second != month)
        {
            return;
        }
        int? year = m.Groups["y"].Success ? Int(m, "y") : null;
        var calendar = month.Calendar;
        if (calendar != StatedCalendar.Gregorian && year is null or > 1600)
        {
            // A Hijri or Persian month name alone is an ordinary word too often (صفر "zero", مهر, دي).
            return;
        }
        if (calendar == StatedCalendar.Gregorian && year is < 1900)
        {
            return;
        }
        // A bare month name that is also a word ("may", "مارس" the verb) needs its year.
        if (year is null && MonthNames.Ambiguous.Contains(Collapse(m.Groups["m"].Value)))
        {
            return;
        }
        Add(found, text, m.Index, m.Index + m.Length, year, month.Month, Int(m, "d"), calendar);
    }

    private static void AddNumeric(List<StatedDate> found, string text, Match m, int month, int day)
    {
        var year = Int(m, "y");
        var era = m.Groups["era"].Value;
        var calendar = year < 1600
            ? era.StartsWith('ه') ? StatedCalendar.Hijri : era == "ش" ? StatedCalendar.SolarHijri : (StatedCalendar?)null
            : StatedCalendar.Gregorian;
        if (calendar is { } c)
        {
            Add(found, text, m.Index, m.Index + m.Length, year, month, day, c);
        }
    }

    private static void Add(List<StatedDate> found, string text, int start, int end, int? year, int month, int day, StatedCalendar calendar)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return;
        }
        DayOfWeek? weekday = null;
        var before = text[Math.Max(0, start - 30)..start];
        if (WeekdayBefore.Match(before) is { Success: true } w)
        {
            weekday = Weekdays[w.Groups["w"].Value];
            start -= before.Length - w.Index;
        }
        var after = text[end..Math.Min(text.Length, end + 30)];
        var timed = TimeAfter().IsMatch(after) || TimeBefore().IsMatch(text[Math.Max(0, start - 20)..start]);
        found.Add(new StatedDate(start, end, year, month, day, weekday, timed, calendar));
    }

    private static Dictionary<string, (int, StatedCalendar)> BuildMonths()
    {
        var months = new Dictionary<string, (int, StatedCalendar)>(StringComparer.Ordinal);
        foreach (var (name, number) in MonthNames.Number)
        {
            months[name] = (number, StatedCalendar.Gregorian);
        }
        // English names the engine does not list; the rest of Europe's come with HTML metadata.
        string[] english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < 12; i++)
        {
            months.TryAdd(english[i], (i + 1, StatedCalendar.Gregorian));
            months.TryAdd(english[i][..3], (i + 1, StatedCalendar.Gregorian));
            foreach (var name in HijriMonths[i])
            {
                months.TryAdd(name, (i + 1, StatedCalendar.Hijri));
            }
            foreach (var name in SolarMonths[i])
            {
                months.TryAdd(name, (i + 1, StatedCalendar.SolarHijri));
            }
        }
        return months;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
        {
            ["احد"] = DayOfWeek.Sunday, ["اثنين"] = DayOfWeek.Monday, ["ثلاثاء"] = DayOfWeek.Tuesday,
            ["اربعاء"] = DayOfWeek.Wednesday, ["خميس"] = DayOfWeek.Thursday, ["جمعه"] = DayOfWeek.Friday, ["سبت"] = DayOfWeek.Saturday,
            // Persian, as folded (ZWNJ dropped, پ and چ to ب and ج).
            ["يكشنبه"] = DayOfWeek.Sunday, ["دوشنبه"] = DayOfWeek.Monday, ["سهشنبه"] = DayOfWeek.Tuesday, ["سه شنبه"] = DayOfWeek.Tuesday,
            ["جهارشنبه"] = DayOfWeek.Wednesday, ["بنجشنبه"] = DayOfWeek.Thursday, ["شنبه"] = DayOfWeek.Saturday,
        };
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            days[name] = day;
            days[name[..3]] = day;
        }
        return days;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
