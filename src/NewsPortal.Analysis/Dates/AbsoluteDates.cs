using System.Text.RegularExpressions;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>A date found in normalized text; null parts are not given by the text.</summary>
/// <summary>
/// A date found in normalized text; null parts are not given by the text. Relative finds carry
/// their already-resolved value (null when nothing anchors them).
/// </summary>
internal readonly record struct FoundDate(int Start, int End, int? Year, int? Month, int? Day, int? EndYear = null,
    DayOfWeek? Weekday = null, bool Relative = false, string? Value = null, DatePrecision Precision = DatePrecision.Day);

/// <summary>
/// Finds absolute dates (the text itself names the day, month or year) in normalized text.
/// A fixed handful of patterns, each run once over the text; overlaps resolve to the longest.
/// </summary>
internal static partial class AbsoluteDates
{
    internal const string Months = "(?<!\\p{L})(?<m1>MONTHS)(?!\\p{L})(?:\\s*[/(\\-]\\s*(?<m2>MONTHS)(?!\\p{L})(?:\\s*\\))?)?";
    private const string Day = "(?<![0-9])(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])";
    private const string Year = "(?<![0-9])(?<y>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])";
    private const string YearIntro = "(?:(?:من\\s+)?(?:ال|لل|ل|ب)?(?:عام|سنه)\\s+)?";

    internal static readonly string MonthGroup = Months.Replace("MONTHS", MonthNames.Pattern, StringComparison.Ordinal);

    // "18 و19 أكتوبر", "27-28 شباط": a span of days is dated by its first day.
    private const string FirstOfDays = "(?:(?<![0-9])(?<d0>[0-3]?[0-9])\\s*(?:و|-|–|الي|حتي)\\s*)?";

    private static readonly Regex DayMonthYear = new(
        FirstOfDays + Day + "\\s*,?\\s*(?:من\\s+)?(?:شهر\\s+)?" + MonthGroup + "(?:\\s*,?\\s*" + YearIntro + Year + ")?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "الرابع من ديسمبر 2024", "في الحادي والعشرين من شهر يونيو": the day as an ordinal word.
    internal static readonly Regex OrdinalDayMonth = new(
        "(?:(?<!\\p{L})|(?<=(?<!\\p{L})[وفب]))(?<ord>" + OrdinalDays.Pattern + ")\\s+من\\s+(?:شهر\\s+)?" + MonthGroup + "(?:\\s*,?\\s*" + YearIntro + Year + ")?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex MonthDayYear = new(
        "(?<!\\p{L})(?<m1>" + MonthNames.Pattern + ")\\s+" + Day + "\\s*,?\\s*" + Year, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex MonthYear = new(
        "(?:شهر\\s+)?" + MonthGroup + "\\s*,?\\s*" + YearIntro + Year, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Weekday = new(
        "(?<!\\p{L})(?:يوم\\s+)?(?:ال)?(?<w>احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)\\s*,?\\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex("(?<![0-9./\\-])(?<d>[0-3]?[0-9])[/.\\-](?<mn>[01]?[0-9])[/.\\-](?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDmy();

    [GeneratedRegex("(?<![0-9./\\-])(?<y>(?:19|20)[0-9]{2})[/\\-](?<mn>[01]?[0-9])[/\\-](?<d>[0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericYmd();

    [GeneratedRegex("(?<![0-9./\\-])(?<y>(?:1[5-9]|20)[0-9]{2})\\s*[-–]\\s*(?<y2>[0-9]{4}|[0-9]{2})(?![0-9./\\-])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex("(?<!\\p{L})(?:[وف])?(?:ب|ل|لل|ال|بال)?(?:عام|سنه|عامي)\\s+(?<y>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedYear();

    [GeneratedRegex("(?<![0-9])(?<y>1[5-9][0-9]{2}|20[0-9]{2})\\s?م(?!\\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedYear();

    // Anchored (\\G): tried only where a match can start, see PrepositionYears.
    [GeneratedRegex("\\G(?<!\\p{L})(?:في|منذ|حتي|خلال|بحلول|قبل|بعد)\\s+(?<y>1[5-9][0-9]{2}|20[0-9]{2})(?![0-9]|\\s*[/\\-])", RegexOptions.CultureInvariant)]
    internal static partial Regex PrepositionYear();

    /// <summary>Lengths of the prepositions of <see cref="PrepositionYear"/>, longest first (starts in text order).</summary>
    private static readonly int[] PrepositionLengths = [5, 4, 3, 2];

    internal static readonly WindowNeed OrdinalOfMonth = OrdinalDays.ThenMin;

    public static List<FoundDate> Find(string normalized) => Find(normalized, Tokens.Split(normalized));

    public static List<FoundDate> Find(string normalized, List<Token> tokens) => Find(normalized, new AnchorWindows(normalized, tokens));

    internal static List<FoundDate> Find(string normalized, AnchorWindows windows)
    {
        var found = new List<FoundDate>();
        foreach (Match m in DayMonthYear.Matches(normalized))
        {
            AddDayMonth(found, normalized, m);
        }
        foreach (var m in windows.Matches(OrdinalDayMonth, Anchor.Month, 5, 4, OrdinalOfMonth))
        {
            var (month, _) = PairedMonth(m);
            AddDay(found, m.Index, m.Index + m.Length, m.Groups["y"].Success ? Int(m, "y") : null, month, OrdinalDays.Of(m.Groups["ord"].Value));
        }
        foreach (var m in windows.Matches(MonthDayYear, Anchor.Month, 0, 6, WindowNeeds.DayAndYear))
        {
            AddDay(found, m.Index, m.Index + m.Length, Int(m, "y"), MonthNames.Of(m.Groups["m1"].Value), Int(m, "d"));
        }
        foreach (var m in windows.Matches(MonthYear, Anchor.Month, 1, 8, WindowNeeds.Year))
        {
            var (month, end) = PairedMonth(m);
            if (month > 0 && end == 0)
            {
                found.Add(new FoundDate(m.Index, end == 0 ? m.Index + m.Length : end, Int(m, "y"), month, null));
            }
        }
        foreach (Match m in NumericDmy().Matches(normalized))
        {
            AddDay(found, m.Index, m.Index + m.Length, Int(m, "y"), Int(m, "mn"), Int(m, "d"));
        }
        foreach (Match m in NumericYmd().Matches(normalized))
        {
            AddDay(found, m.Index, m.Index + m.Length, Int(m, "y"), Int(m, "mn"), Int(m, "d"));
        }
        foreach (Match m in YearRange().Matches(normalized))
        {
            var y = Int(m, "y");
            var y2Text = m.Groups["y2"].Value;
            var y2 = y2Text.Length == 2 ? (y / 100 * 100) + Int(m, "y2") : Int(m, "y2");
            if (y2 > y && y2 - y <= 200)
            {
                found.Add(new FoundDate(m.Index, m.Index + m.Length, y, null, null, y2));
            }
        }
        foreach (var m in windows.Matches(IntroducedYear(), Anchor.YearWord, 0, 2, WindowNeeds.Year))
        {
            found.Add(new FoundDate(m.Index, m.Index + m.Length, Int(m, "y"), null, null));
        }
        foreach (Match m in MarkedYear().Matches(normalized))
        {
            found.Add(new FoundDate(m.Index, m.Index + m.Length, Int(m, "y"), null, null));
        }
        foreach (var m in PrepositionYears(normalized))
        {
            var g = m.Groups["y"];
            found.Add(new FoundDate(g.Index, g.Index + g.Length, Int(m, "y"), null, null));
        }
        return found;
    }

    /// <summary>
    /// The matches <c>PrepositionYear().Matches(text)</c> would give without the anchor, found without
    /// trying the pattern at every letter: a match is a preposition, white space, then a year whose first
    /// digit (1 or 2) follows that white space, so it starts the length of a preposition before the white
    /// space in front of such a digit. Those starts are tried in text order, each once, as the regex's own
    /// scan would try them; the anchored pattern at a start matches exactly as the scan does there.
    /// </summary>
    internal static List<Match> PrepositionYears(string text)
    {
        var matches = new List<Match>();
        var regex = PrepositionYear();
        var next = 0;
        var tried = -1;
        for (var q = text.AsSpan().IndexOfAny('1', '2'); q >= 0 && q < text.Length; q = NextYearDigit(text, q + 1))
        {
            if (q == 0 || !char.IsWhiteSpace(text[q - 1]))
            {
                continue;
            }
            var space = q - 1;
            while (space > 0 && char.IsWhiteSpace(text[space - 1]))
            {
                space--;
            }
            foreach (var length in PrepositionLengths)
            {
                var start = space - length;
                if (start < Math.Max(next, tried + 1))
                {
                    continue;
                }
                tried = start;
                var m = regex.Match(text, start);
                if (m.Success)
                {
                    matches.Add(m);
                    next = m.Index + m.Length;
                    break;
                }
            }
        }
        return matches;
    }

    private static int NextYearDigit(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var i = text.AsSpan(from).IndexOfAny('1', '2');
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Keeps the longest of overlapping finds, in text order.</summary>
    public static List<FoundDate> Resolve(IEnumerable<FoundDate> finds) => Overlaps.KeepLongest(finds, f => f.Start, f => f.End);

    private static void AddDayMonth(List<FoundDate> found, string normalized, Match m)
    {
        var (month, pairEnd) = PairedMonth(m);
        if (month == 0)
        {
            return;
        }
        var hasYear = m.Groups["y"].Success;
        // A differing second month ("يونيو-يوليو") is not part of this date.
        var end = hasYear ? m.Index + m.Length : pairEnd != 0 ? pairEnd : m.Index + m.Length;
        var start = m.Index;
        DayOfWeek? weekday = null;
        var before = normalized[Math.Max(0, start - 20)..start];
        var w = Weekday.Match(before);
        if (w.Success)
        {
            weekday = WeekdayOf(w.Groups["w"].Value);
            start -= before.Length - w.Index;
        }
        var day = m.Groups["d0"].Success && Int(m, "d0") < Int(m, "d") ? Int(m, "d0") : Int(m, "d");
        AddDay(found, start, end, hasYear ? Int(m, "y") : null, month, day, weekday);
    }

    private static void AddDay(List<FoundDate> found, int start, int end, int? year, int month, int day,
        DayOfWeek? weekday = null)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return;
        }
        found.Add(new FoundDate(start, end, year, month, day, null, weekday));
    }

    /// <summary>The month of "M1/M2": the pair counts only when both name the same month.</summary>
    internal static (int Month, int EndOfFirst) PairedMonth(Match m)
    {
        var m1 = m.Groups["m1"];
        var month = MonthNames.Of(m1.Value);
        var m2 = m.Groups["m2"];
        if (!m2.Success || MonthNames.Of(m2.Value) == month)
        {
            return (month, 0);
        }
        return (month, m1.Index + m1.Length);
    }

    public static DayOfWeek? WeekdayOf(string stem) => stem switch
    {
        "احد" => DayOfWeek.Sunday,
        "اثنين" => DayOfWeek.Monday,
        "ثلاثاء" => DayOfWeek.Tuesday,
        "اربعاء" => DayOfWeek.Wednesday,
        "خميس" => DayOfWeek.Thursday,
        "جمعه" => DayOfWeek.Friday,
        "سبت" => DayOfWeek.Saturday,
        _ => null,
    };

    private static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}
