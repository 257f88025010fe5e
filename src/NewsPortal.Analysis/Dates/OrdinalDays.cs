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

    private static readonly string[] LastWords = [.. Days.Keys.Select(k => k.Split(' ')[^1]).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// What "ORDINAL\s+من\s+" needs: the word من between white space, right after an ordinal's last word
    /// and white space. A window without it holds no "الرابع من ..." date.
    /// </summary>
    public static bool ThenMin(ReadOnlySpan<char> window)
    {
        var at = 0;
        while (at < window.Length)
        {
            var i = window[at..].IndexOf("من", StringComparison.Ordinal);
            if (i < 0)
            {
                return false;
            }
            i += at;
            at = i + 1;
            if (i + 2 >= window.Length || !char.IsWhiteSpace(window[i + 2]) || i == 0 || !char.IsWhiteSpace(window[i - 1]))
            {
                continue;
            }
            var end = i - 1;
            while (end > 0 && char.IsWhiteSpace(window[end - 1]))
            {
                end--;
            }
            foreach (var last in LastWords)
            {
                if (window[..end].EndsWith(last, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

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
