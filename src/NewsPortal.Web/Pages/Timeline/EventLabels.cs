using System.Globalization;
using NewsPortal.Model;
using EngineTypes = NewsPortal.Analysis.Events.EventTypes;

namespace NewsPortal.Web.Pages.Timeline;

/// <summary>How events read on the page: Arabic labels for types and statuses, dates at their true precision.</summary>
public static class EventLabels
{
    private static readonly CultureInfo Arabic = ArabicCulture();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>True when the reader chose the English interface.</summary>
    private static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static CultureInfo Dates => InEnglish ? English : Arabic;

    /// <summary>The event types the engine emits (its lexicon), in the order filters list them.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = [.. EngineTypes.All.Select(t => t.Type)];

    public static string Type(string type) =>
        InEnglish ? char.ToUpperInvariant(type[0]) + type[1..].Replace('_', ' ') : EngineTypes.Find(type)?.Label ?? type;

    public static string Status(EventStatus status) => InEnglish ? status.ToString() : status switch
    {
        EventStatus.Planned => "مخطط له",
        EventStatus.Alleged => "مزعوم",
        EventStatus.Denied => "نُفي",
        _ => "وقع",
    };

    /// <summary>The status as it goes in a URL: planned, alleged, denied, happened.</summary>
    public static string StatusKey(EventStatus status) => status.ToString().ToLowerInvariant();

    public static string ActorKind(string kind) => InEnglish ? kind : kind switch
    {
        "person" => "شخص",
        "country" => "دولة",
        "organization" => "منظمة",
        "location" => "مكان",
        "weapon" => "سلاح",
        "agreement" => "اتفاقية",
        "media" => "وسيلة إعلام",
        "operation" => "عملية",
        "feature" => "معلم جغرافي",
        _ => kind,
    };

    /// <summary>"13 سبتمبر 2023" for a day, "يونيو 2024" for a month, "2024" for a year.</summary>
    public static string Date(DateOnly? start, DateOnly? end, DatePrecision precision)
    {
        if (start is not { } s)
        {
            return InEnglish ? "Date unknown" : "تاريخ غير معروف";
        }
        return precision switch
        {
            DatePrecision.Month => s.ToString("MMMM yyyy", Dates),
            DatePrecision.Year => s.ToString("yyyy", Dates),
            DatePrecision.Range when end is { } e && e != s => Range(s, e),
            _ => s.ToString("d MMMM yyyy", Dates),
        };
    }

    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Dates);

    /// <summary>"مصدر واحد", "مصدران", "3 مصادر", "11 مصدرًا", "100 مصدر".</summary>
    public static string Sources(int count) => Counted.Sources.Of(count);

    public static string Events(int count) => Counted.Events.Of(count);

    private static string Range(DateOnly s, DateOnly e) =>
        s.Year == e.Year && s.Month == e.Month
            ? $"{s.Day}–{e.Day} {s.ToString("MMMM yyyy", Dates)}"
            : $"{s.ToString("d MMMM yyyy", Dates)} – {e.ToString("d MMMM yyyy", Dates)}";

    // Gregorian months with Western digits, as the article pages print them.
    private static CultureInfo ArabicCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ar-EG").Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        culture.NumberFormat.NativeDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        return culture;
    }
}
