using System.Text.RegularExpressions;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Deictic dates (أمس، اليوم، الثلاثاء، الأسبوع الماضي، في يوليو الماضي، قبل 75 عاما) resolved
/// against the publish date. Without one they are reported with a null value.
/// </summary>
internal static partial class RelativeDates
{
    private const string WeekdayStem = "احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت";
    private const string DayPart = "صباح|مساء|فجر|ظهر|ظهيره|عصر|ليله|ليل|منتصف\\s+ليل";
    private const string PeriodPart = "مطلع|اوائل|بدايه|منتصف|وسط|اواسط|اواخر|نهايه";
    private const string Past = "الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه";
    private const string Next = "المقبل|المقبله|القادم|القادمه|التالي|التاليه";
    private const string Current = "الجاري|الجاريه|الحالي|الحاليه";

    // A word start that lets one proclitic (و ف ب ل) stay outside the span: "وقبل يومين", "وأمس".
    private const string WordStart = "(?<=^|[^\\p{L}]|(?<!\\p{L})[وفبل])";

    [GeneratedRegex(WordStart + "(?:(?<part>" + DayPart + ")\\s+)?(?<w>اول\\s+امس|امس|البارحه|اليوم|الليله|غدا|الغد|بعد\\s+غد)(?!\\p{L})" +
        "(?:\\s*,?\\s*(?:يوم\\s+)?ال(?<wd>" + WeekdayStem + ")(?!\\p{L}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();

    [GeneratedRegex(WordStart + "(?:(?<part>" + DayPart + ")\\s+|(?<yawm>يوم)\\s+)?(?:ال)(?<wd>" + WeekdayStem + ")(?!\\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayWord();

    [GeneratedRegex("(?<!\\p{L})(?:(?<part>" + PeriodPart + ")\\s+)?(?:(?<this>هذا|هذه)\\s+)?(?<unit>الاسبوع|الشهر|العام|السنه)" +
        "(?:\\s+(?<rel>" + Past + "|" + Next + "|" + Current + "))?(?!\\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    // "في 12 من الشهر الجاري", "الرابع من الشهر الماضي": a day of a month named by its relation to this one.
    private static readonly Regex DayOfPeriod = new(
        "(?:(?<![\\p{L}0-9])(?<d>[0-3]?[0-9])|(?:(?<!\\p{L})|(?<=(?<!\\p{L})[وفب]))(?<ord>" + OrdinalDays.Pattern + "))\\s+من\\s+(?:(?<this>هذا)\\s+)?الشهر(?:\\s+(?<rel>" + Past + "|" + Next + "|" + Current + "))?(?!\\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly WindowNeed InMonth = WindowNeeds.AnyOf(["الشهر"]);

    [GeneratedRegex(WordStart + "(?:قبل|منذ)\\s+(?:(?<n>[0-9]{1,4})\\s+(?<unit>يوما|يوم|ايام|اسبوعا|اسبوع|اسابيع|شهرا|شهر|اشهر|شهور|عاما|عام|اعوام|سنه|سنوات|سنين)|(?<dual>يومين|اسبوعين|شهرين|عامين|سنتين))(?!\\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    private static readonly Regex MonthWord = new(
        "(?<!\\p{L})(?:(?<pre>في|خلال|منذ|حتي|شهر|ب?شهر)\\s+|(?<part>" + PeriodPart + ")\\s+(?:شهر\\s+)?)?" + AbsoluteDates.MonthGroup +
        "(?:\\s+(?<rel>" + Past + "|" + Next + "|" + Current + "))?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "العام" is also the adjective "general/public": الأمين العام السابق is no date.
    private static readonly HashSet<string> GeneralNouns =
        ["الامين", "المدعي", "المدير", "النائب", "الراي", "القطاع", "المجال", "الصالح", "المؤتمر", "الادعاء", "الامن", "المال"];

    public static List<FoundDate> Find(string text, DateOnly? published) => Find(text, Tokens.Split(text), published);

    public static List<FoundDate> Find(string text, List<Token> tokens, DateOnly? published) => Find(text, new AnchorWindows(text, tokens), published);

    internal static List<FoundDate> Find(string text, AnchorWindows windows, DateOnly? published)
    {
        var found = new List<FoundDate>();
        foreach (var m in windows.Matches(DayWord(), Anchor.DayWord, 2, 5))
        {
            var w = m.Groups["w"].Value;
            if (w == "اليوم" && !m.Groups["wd"].Success && !m.Groups["part"].Success && !IsStandalone(text, m) && !IsToday(text, m))
            {
                continue; // "اليوم الأول من الاجتماعات" is "the first day", not today.
            }
            var offset = w switch { "امس" or "البارحه" => -1, "غدا" or "الغد" => 1, _ when w.StartsWith("اول", StringComparison.Ordinal) => -2, _ when w.StartsWith("بعد", StringComparison.Ordinal) => 2, _ => 0 };
            var day = published?.AddDays(offset);
            // "أمس الخميس" written on a Thursday: the named weekday is what the writer checked.
            if (day is { } d && published is { } p && m.Groups["wd"].Success && AbsoluteDates.WeekdayOf(m.Groups["wd"].Value) is { } wd && d.DayOfWeek != wd)
            {
                day = Nearest(p, wd, offset > 0);
            }
            found.Add(Day(m, day));
        }
        foreach (var m in windows.Matches(WeekdayWord(), Anchor.Weekday, 2, 0))
        {
            var stem = m.Groups["wd"].Value;
            if (stem is "اثنين" or "احد" && !m.Groups["part"].Success && !m.Groups["yawm"].Success && !IsStandalone(text, m))
            {
                continue; // الاثنين "the two", الأحد "the one".
            }
            var weekday = AbsoluteDates.WeekdayOf(stem)!.Value;
            DateOnly? day = published is { } p ? Nearest(p, weekday, Tense.IsFuture(text, m.Index, m.Index + m.Length)) : null;
            found.Add(Day(m, day));
        }
        foreach (var m in windows.Matches(DayOfPeriod, Anchor.Period, 5, 1, InMonth))
        {
            AddDayOfPeriod(found, m, published);
        }
        foreach (var m in windows.Matches(Period(), Anchor.Period, 2, 1))
        {
            AddPeriod(found, text, m, published);
        }
        foreach (var m in windows.Matches(MonthWord, Anchor.Month, 3, 4))
        {
            AddMonth(found, text, m, published);
        }
        foreach (var m in windows.Matches(Ago(), Anchor.Ago, 0, 2))
        {
            AddAgo(found, m, published);
        }
        return found;
    }

    private static FoundDate Day(Match m, DateOnly? day) =>
        new(m.Index, m.Index + m.Length, null, null, null, Relative: true,
            Value: day is { } d ? DateExpressions.Iso(d) : null, Precision: DatePrecision.Day);

    private static readonly HashSet<string> NotTodayAfter = ["من", "نفسه", "ذاته", "عينه", "ذلك", "الذي", "التي"];
    private static readonly HashSet<string> NotTodayBefore = ["في", "وفي", "كل", "ذلك", "هذا", "نفس", "ذات", "حتي", "وحتي", "الي", "مدار", "طوال", "طيله"];

    /// <summary>
    /// A bare "اليوم" between words is today ("أكدت كوريا اليوم إرسالها"), unless it is a noun
    /// described or owned: "اليوم الأول", "اليوم من", "في اليوم نفسه", "حتى اليوم" (a period).
    /// </summary>
    private static bool IsToday(string text, Match m)
    {
        var after = m.Index + m.Length;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        var next = after;
        while (next < text.Length && char.IsLetter(text[next]))
        {
            next++;
        }
        var nextWord = text[after..next];
        var end = m.Index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var previous = text[start..end];
        return nextWord.Length > 0 && !nextWord.StartsWith("ال", StringComparison.Ordinal) && !NotTodayAfter.Contains(nextWord) && !NotTodayBefore.Contains(previous);
    }

    /// <summary>A word set off by punctuation or line ends: "، الاثنين،" or "اليوم." .</summary>
    private static bool IsStandalone(string text, Match m)
    {
        var before = m.Index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var after = m.Index + m.Length;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return before < 0 || after >= text.Length || IsPunct(text[before]) || IsPunct(text[after]);
    }

    private static bool IsPunct(char c) => c is ',' or '.' or ';' or ':' or '\n' or '"' or '(' or ')' or '«' or '»' or '-';

    /// <summary>The nearest such weekday on or before (past) or on or after (future) the publish day.</summary>
    private static DateOnly Nearest(DateOnly published, DayOfWeek weekday, bool future)
    {
        var diff = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
        return future ? published.AddDays(diff) : published.AddDays(diff == 0 ? 0 : diff - 7);
    }

    private static void AddDayOfPeriod(List<FoundDate> found, Match m, DateOnly? published)
    {
        var rel = m.Groups["rel"].Value;
        if (!m.Groups["this"].Success && rel.Length == 0)
        {
            return;
        }
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : OrdinalDays.Of(m.Groups["ord"].Value);
        string? value = null;
        if (published is { } p)
        {
            var month = new DateOnly(p.Year, p.Month, 1).AddMonths(Shift(rel));
            if (day < 1 || day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                return;
            }
            value = DateExpressions.Iso(month.AddDays(day - 1));
        }
        found.Add(new FoundDate(m.Index, m.Index + m.Length, null, null, null, Relative: true, Value: value, Precision: DatePrecision.Day));
    }

    private static void AddPeriod(List<FoundDate> found, string text, Match m, DateOnly? published)
    {
        var unit = m.Groups["unit"].Value;
        var rel = m.Groups["rel"].Value;
        if (!m.Groups["this"].Success && rel.Length == 0)
        {
            return;
        }
        if (unit == "العام" && PreviousWord(text, m.Groups["unit"].Index) is { } prev && GeneralNouns.Contains(prev))
        {
            return;
        }
        var shift = Shift(rel);
        string? value = null;
        DatePrecision precision;
        var part = m.Groups["part"].Value;
        if (unit == "الاسبوع")
        {
            precision = DatePrecision.Range;
            if (published is { } p)
            {
                var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                value = $"{DateExpressions.Iso(monday)}/{DateExpressions.Iso(monday.AddDays(6))}";
            }
        }
        else if (unit == "الشهر")
        {
            precision = part.Length > 0 ? DatePrecision.Range : DatePrecision.Month;
            if (published is { } p)
            {
                var first = new DateOnly(p.Year, p.Month, 1).AddMonths(shift);
                value = part.Length > 0 ? DaysOfPart(first, part) : $"{first:yyyy-MM}";
            }
        }
        else
        {
            precision = part.Length > 0 ? DatePrecision.Range : DatePrecision.Year;
            if (published is { } p)
            {
                var year = p.Year + shift;
                value = part.Length > 0 ? MonthsOfPart(year, part) : $"{year:D4}";
            }
        }
        found.Add(new FoundDate(m.Index, m.Index + m.Length, null, null, null, Relative: true, Value: value, Precision: precision));
    }

    private static void AddMonth(List<FoundDate> found, string text, Match m, DateOnly? published)
    {
        var (month, pairEnd) = AbsoluteDates.PairedMonth(m);
        var rel = m.Groups["rel"].Value;
        var pre = m.Groups["pre"].Value;
        var part = m.Groups["part"].Value;
        var paired = m.Groups["m2"].Success && pairEnd == 0;
        if (month == 0 || (pre.Length == 0 && part.Length == 0 && rel.Length == 0 && !paired))
        {
            return;
        }
        if (MonthNames.Ambiguous.Contains(m.Groups["m1"].Value) && !pre.EndsWith("شهر", StringComparison.Ordinal) && rel.Length == 0 && !paired)
        {
            return; // مارس "practised", أب "father".
        }
        var start = pre.Length > 0 ? m.Groups["m1"].Index : m.Index;
        var end = pairEnd != 0 ? pairEnd : m.Index + m.Length;
        string? value = null;
        if (published is { } p)
        {
            var shift = rel.Length > 0 ? Shift(rel) : Tense.IsFuture(text, m.Index, end) ? 1 : -1;
            var year = shift switch
            {
                < 0 => month < p.Month || (rel.Length == 0 && month == p.Month) ? p.Year : p.Year - 1,
                > 0 => month > p.Month || (rel.Length == 0 && month == p.Month) ? p.Year : p.Year + 1,
                _ => p.Year,
            };
            var first = new DateOnly(year, month, 1);
            value = part.Length > 0 ? DaysOfPart(first, part) : $"{first:yyyy-MM}";
        }
        found.Add(new FoundDate(start, end, null, month, null, Relative: true, Value: value,
            Precision: part.Length > 0 ? DatePrecision.Range : DatePrecision.Month));
    }

    private static void AddAgo(List<FoundDate> found, Match m, DateOnly? published)
    {
        var (n, unit) = m.Groups["dual"].Success
            ? (2, m.Groups["dual"].Value[..^2])
            : (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["unit"].Value);
        string? value = null;
        var precision = DatePrecision.Year;
        if (unit.StartsWith("يوم", StringComparison.Ordinal) || unit == "ايام")
        {
            precision = DatePrecision.Day;
            value = published is { } p ? DateExpressions.Iso(p.AddDays(-n)) : null;
        }
        else if (unit.Contains("سبوع", StringComparison.Ordinal) || unit == "اسابيع")
        {
            precision = DatePrecision.Range;
            value = published is { } p ? $"{DateExpressions.Iso(p.AddDays((-7 * n) - 3))}/{DateExpressions.Iso(p.AddDays((-7 * n) + 3))}" : null;
        }
        else if (unit.Contains("شه", StringComparison.Ordinal))
        {
            precision = DatePrecision.Month;
            value = published is { } p ? $"{p.AddMonths(-n):yyyy-MM}" : null;
        }
        else if (published is { } p && p.Year - n >= 1)
        {
            value = $"{p.Year - n:D4}";
        }
        found.Add(new FoundDate(m.Index, m.Index + m.Length, null, null, null, Relative: true, Value: value, Precision: precision));
    }

    private static int Shift(string rel) =>
        rel.Length == 0 ? 0 : Past.Split('|').Contains(rel) ? -1 : Next.Split('|').Contains(rel) ? 1 : 0;

    private static string DaysOfPart(DateOnly first, string part)
    {
        var last = DateTime.DaysInMonth(first.Year, first.Month);
        var (from, to) = PartOf(part) switch { 0 => (1, 10), 1 => (11, 20), _ => (21, last) };
        return $"{DateExpressions.Iso(first.AddDays(from - 1))}/{DateExpressions.Iso(first.AddDays(to - 1))}";
    }

    private static string MonthsOfPart(int year, string part)
    {
        var (from, to) = PartOf(part) switch { 0 => (1, 3), 1 => (5, 8), _ => (10, 12) };
        return $"{year:D4}-{from:D2}/{year:D4}-{to:D2}";
    }

    private static int PartOf(string part) => part switch
    {
        "مطلع" or "اوائل" or "بدايه" => 0,
        "منتصف" or "وسط" or "اواسط" => 1,
        _ => 2,
    };

    private static string? PreviousWord(string text, int index)
    {
        var e = index - 1;
        while (e >= 0 && text[e] == ' ')
        {
            e--;
        }
        var s = e;
        while (s >= 0 && char.IsLetter(text[s]))
        {
            s--;
        }
        return e > s ? text[(s + 1)..(e + 1)] : null;
    }
}
