using System.Globalization;

namespace NewsPortal.Web;

/// <summary>
/// A number with its counted noun, as Arabic grammar wants it: one and two have their own forms
/// ("مقالة واحدة", "مقالتان"), 3–10 take the plural ("5 مقالات"), 11–99 the accusative singular
/// ("11 مقالةً") and round hundreds the singular ("100 مقالة"); beyond 100 the last two digits decide.
/// </summary>
public sealed record Counted(string Zero, string One, string Two, string Plural, string Accusative, string Singular, string EnglishOne, string EnglishMany)
{
    public static readonly Counted Articles = new("لا مقالات", "مقالة واحدة", "مقالتان", "مقالات", "مقالةً", "مقالة", "article", "articles");
    public static readonly Counted Results = new("لا نتائج", "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجةً", "نتيجة", "result", "results");
    public static readonly Counted Events = new("لا أحداث", "حدث واحد", "حدثان", "أحداث", "حدثًا", "حدث", "event", "events");
    public static readonly Counted Sources = new("بلا مصدر", "مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر", "source", "sources")
    {
        OneOther = "مصدر آخر", TwoOthers = "مصدران آخران", Other = "آخر",
    };
    public static readonly Counted Copies = new("لا نسخ", "نسخة واحدة", "نسختان", "نسخ", "نسخةً", "نسخة", "copy", "copies")
    {
        OneOther = "نسخة أخرى", TwoOthers = "نسختان أخريان", Other = "أخرى",
    };

    /// <summary>"One more" and "two more" in Arabic ("مصدر آخر", "مصدران آخران"), and the adjective after 11 and more ("آخر").</summary>
    public string OneOther { get; init; } = "";
    public string TwoOthers { get; init; } = "";
    public string Other { get; init; } = "";

    public string Of(int count) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? EnglishOne : EnglishMany)}")
        : Arabic(count);

    /// <summary>What a list leaves out: "ومصدر آخر", "ومصدران آخران", "و3 مصادر أخرى", "و997 مصدرًا آخر".</summary>
    public string More(int count) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"and {count} more {(count == 1 ? EnglishOne : EnglishMany)}")
        : "و" + count switch
        {
            1 => OneOther,
            2 => TwoOthers,
            // The plural of 3–10 takes the feminine plural adjective, as any broken plural of things does.
            _ => Arabic(count) + ((count % 100) is >= 3 and <= 10 ? " أخرى" : " " + Other),
        };

    public string Arabic(int count)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        return count switch
        {
            0 => Zero,
            1 => One,
            2 => Two,
            _ => (count % 100) switch
            {
                >= 3 and <= 10 => $"{n} {Plural}",
                >= 11 and <= 99 => $"{n} {Accusative}",
                _ => $"{n} {Singular}",
            },
        };
    }
}
