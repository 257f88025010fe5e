using System.Globalization;
using NewsPortal.Model;
using NewsPortal.Reading;
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

    /// <summary>A day in the interface's language ("13 سبتمبر 2023", "13 September 2023").</summary>
    public static string Day(DateOnly? day) => Date(day, day, DatePrecision.Day);

    /// <summary>An actor's name in the interface's language; the English name falls back to the Arabic one.</summary>
    public static string Name(ActorLink actor) => InEnglish && actor.NameEn.Length > 0 ? actor.NameEn : actor.NameAr;

    /// <summary>The lang of <see cref="Name"/>, for the element that shows it inside a page of the other language.</summary>
    public static string NameLang(ActorLink actor) => InEnglish && actor.NameEn.Length > 0 ? "en" : "ar";

    /// <summary>"N events with no known date" in the interface's language.</summary>
    public static string UndatedEvents(int count) => InEnglish ? Events(count) + " with no known date" : Events(count) + " بلا تاريخ معروف";

    /// <summary>An event's date; a date placed at the report says so ("ورد في خبر بتاريخ 13 سبتمبر 2023").</summary>
    public static string Date(Event e) => e.DateBasis == DateBasis.Reported && e.DateStart is { } reported
        ? (InEnglish ? "Reported on " : "ورد في خبر بتاريخ ") + reported.ToString("d MMMM yyyy", Dates)
        : Date(e.DateStart, e.DateEnd, e.Precision);

    /// <summary>The CAMEO code in plain words: the code's own name when the engine uses it, else its root's.</summary>
    public static string Cameo(string code) =>
        CameoAr.TryGetValue(code, out var name) || (code.Length >= 2 && CameoAr.TryGetValue(code[..2], out name))
            ? (InEnglish ? CameoEn.GetValueOrDefault(code) ?? CameoEn.GetValueOrDefault(code[..2]) ?? code : name)
            : code;

    // CAMEO 1.1b3 names of the roots and of the codes the event lexicon emits, in our own words.
    private static readonly Dictionary<string, string> CameoAr = new(StringComparer.Ordinal)
    {
        ["01"] = "تصريح علني", ["02"] = "مناشدة", ["03"] = "إبداء نية التعاون", ["04"] = "تشاور", ["05"] = "تعاون دبلوماسي",
        ["06"] = "تعاون مادي", ["07"] = "تقديم مساعدة", ["08"] = "تنازل", ["09"] = "تحقيق", ["10"] = "مطالبة",
        ["11"] = "استنكار", ["12"] = "رفض", ["13"] = "تهديد", ["14"] = "احتجاج", ["15"] = "استعراض قوة عسكرية",
        ["16"] = "خفض العلاقات", ["17"] = "إكراه", ["18"] = "اعتداء", ["19"] = "قتال", ["20"] = "عنف جماعي",
        ["010"] = "إدلاء بتصريح", ["016"] = "نفي المسؤولية", ["020"] = "تقديم طلب أو مناشدة", ["036"] = "إبداء نية اللقاء أو التفاوض",
        ["040"] = "تشاور", ["041"] = "مباحثات هاتفية", ["042"] = "القيام بزيارة", ["043"] = "استضافة زيارة", ["046"] = "التفاوض",
        ["051"] = "إشادة أو تأييد", ["054"] = "منح اعتراف دبلوماسي", ["057"] = "توقيع اتفاق رسمي", ["062"] = "تعاون عسكري",
        ["072"] = "تقديم مساعدة عسكرية", ["111"] = "انتقاد أو تنديد", ["112"] = "اتهام", ["129"] = "استخدام حق النقض",
        ["130"] = "تهديد", ["150"] = "استعراض قوة عسكرية", ["154"] = "تعبئة القوات أو زيادتها", ["161"] = "خفض العلاقات الدبلوماسية أو قطعها",
        ["163"] = "فرض حظر أو عقوبات", ["190"] = "استخدام القوة العسكرية التقليدية",
    };

    private static readonly Dictionary<string, string> CameoEn = new(StringComparer.Ordinal)
    {
        ["01"] = "Make public statement", ["02"] = "Appeal", ["03"] = "Express intent to cooperate", ["04"] = "Consult", ["05"] = "Engage in diplomatic cooperation",
        ["06"] = "Engage in material cooperation", ["07"] = "Provide aid", ["08"] = "Yield", ["09"] = "Investigate", ["10"] = "Demand",
        ["11"] = "Disapprove", ["12"] = "Reject", ["13"] = "Threaten", ["14"] = "Protest", ["15"] = "Exhibit military posture",
        ["16"] = "Reduce relations", ["17"] = "Coerce", ["18"] = "Assault", ["19"] = "Fight", ["20"] = "Use unconventional mass violence",
        ["010"] = "Make statement", ["016"] = "Deny responsibility", ["020"] = "Make an appeal or request", ["036"] = "Express intent to meet or negotiate",
        ["040"] = "Consult", ["041"] = "Discuss by telephone", ["042"] = "Make a visit", ["043"] = "Host a visit", ["046"] = "Engage in negotiation",
        ["051"] = "Praise or endorse", ["054"] = "Grant diplomatic recognition", ["057"] = "Sign formal agreement", ["062"] = "Cooperate militarily",
        ["072"] = "Provide military aid", ["111"] = "Criticize or denounce", ["112"] = "Accuse", ["129"] = "Veto",
        ["130"] = "Threaten", ["150"] = "Demonstrate military power", ["154"] = "Mobilize or increase armed forces", ["161"] = "Reduce or break diplomatic relations",
        ["163"] = "Impose embargo, boycott, or sanctions", ["190"] = "Use conventional military force",
    };

    public static string Quad(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => InEnglish ? "Verbal cooperation" : "تعاون لفظي",
        QuadClass.MaterialCooperation => InEnglish ? "Material cooperation" : "تعاون مادي",
        QuadClass.VerbalConflict => InEnglish ? "Verbal conflict" : "صراع لفظي",
        _ => InEnglish ? "Material conflict" : "صراع مادي",
    };

    public static string Role(ParticipantRole role) => role == ParticipantRole.Target
        ? (InEnglish ? "acted on" : "الطرف المقابل")
        : (InEnglish ? "acting" : "الفاعل");

    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Dates);

    /// <summary>"مصدر واحد", "مصدران", "3 مصادر", "11 مصدرًا", "100 مصدر".</summary>
    public static string Sources(int count) => Counted.Sources.Of(count);

    public static string Events(int count) => Counted.Events.Of(count);

    /// <summary>The sources not listed on a card: "ومصدر آخر", "ومصدران آخران", "و3 مصادر أخرى", "و997 مصدرًا آخر".</summary>
    public static string MoreSources(int count) => Counted.Sources.More(count);

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
