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
    public static readonly Counted Sources = new("بلا مصدر", "مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر", "source", "sources");

    public string Of(int count) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? EnglishOne : EnglishMany)}")
        : Arabic(count);

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
