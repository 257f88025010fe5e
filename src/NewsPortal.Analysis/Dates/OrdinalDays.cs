namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Days of the month written as ordinal words, normalized (الرابع، الحادي عشر، الثاني والعشرين),
/// as the press writes "الرابع من ديسمبر".
/// </summary>
internal static class OrdinalDays
{
    private static readonly string[] Units = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

    private static readonly Dictionary<string, int> Days = Build();

    /// <summary>An alternation of every form, longest first so "الحادي عشر" wins over a shorter prefix.</summary>
    public static string Pattern { get; } = Alternatives.Of(Days.Keys);

    /// <summary>Every ordinal starts with one of these words: a window without any holds no ordinal date.</summary>
    public static readonly WindowNeed FirstWords = WindowNeeds.AnyOf(Days.Keys.Select(k => k.Split(' ')[0]));

    /// <summary>The day a matched ordinal names (spaces inside it may be any run of white space).</summary>
    public static int Of(string ordinal) =>
        Days.GetValueOrDefault(string.Join(' ', ordinal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static Dictionary<string, int> Build()
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal) { ["العاشر"] = 10, ["العشرين"] = 20, ["الثلاثين"] = 30, ["الحادي عشر"] = 11, ["الحادي والعشرين"] = 21, ["الحادي والثلاثين"] = 31 };
        for (var i = 0; i < Units.Length; i++)
        {
            days[Units[i]] = i + 1;
            if (i > 0)
            {
                days[$"{Units[i]} عشر"] = 11 + i;
                days[$"{Units[i]} والعشرين"] = 21 + i;
            }
        }
        return days;
    }
}
