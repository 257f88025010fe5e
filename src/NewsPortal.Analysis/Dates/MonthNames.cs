namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Gregorian month names in their normalized form (alef and ta marbuta folded): the Egyptian/Gulf
/// series, the Levantine series, the Moroccan and Algerian/Tunisian series, common spelling
/// variants, and English.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] ByMonth =
    [
        ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه", "ينير", "january", "jan"],
        ["فبراير", "شباط", "فيفري", "فبرير", "february", "feb"],
        ["مارس", "اذار", "march", "mar"],
        ["ابريل", "نيسان", "افريل", "ابرايل", "april", "apr"],
        ["مايو", "ايار", "ماي", "may"],
        ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"],
        ["يوليو", "يوليه", "تموز", "جويليه", "يوليوز", "july", "jul"],
        ["اغسطس", "اب", "اوت", "غشت", "اغشت", "august", "aug"],
        ["سبتمبر", "سيبتمبر", "ايلول", "شتنبر", "شتمبر", "september", "sept", "sep"],
        ["اكتوبر", "تشرين الاول", "تشرين اول", "october", "oct"],
        ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "november", "nov"],
        ["ديسمبر", "كانون الاول", "كانون اول", "دجنبر", "دجمبر", "december", "dec"],
    ];

    /// <summary>
    /// Names that are also ordinary words (آب/أب "father", مارس "practised", ماي, English "may"
    /// and the short English forms); they count only next to a day, a year or "شهر".
    /// </summary>
    public static readonly HashSet<string> Ambiguous =
        ["اب", "مارس", "ماي", "may", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    public static readonly Dictionary<string, int> Number = Build();

    /// <summary>Alternation for a regex, longest names first so "كانون الثاني" beats shorter names (grouped by opening letters, see <see cref="Alternatives"/>).</summary>
    public static string Pattern { get; } = Alternatives.Of(Number.Keys);

    public static int Of(string name) =>
        Number.TryGetValue(CollapseSpaces(name), out var m) ? m : 0;

    private static string CollapseSpaces(string s) =>
        string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ByMonth.Length; i++)
        {
            foreach (var name in ByMonth[i])
            {
                map[name] = i + 1;
            }
        }
        return map;
    }
}
