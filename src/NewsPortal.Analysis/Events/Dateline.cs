using System.Text.RegularExpressions;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// A dateline opens a report of the day: "موسكو - (أ ف ب) -", "سيول (رويترز) -". Its lede then
/// happened on the publish day unless the sentence names another date.
/// </summary>
internal static partial class Dateline
{
    [GeneratedRegex("^\\s*(?:\\p{L}+ ){0,2}\\p{L}+\\s*(?:[-–—]\\s*)?(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—:]\\s", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    public static bool Opens(string normalized)
    {
        var head = normalized.AsSpan(0, Math.Min(normalized.Length, 90));
        foreach (var m in Opening().EnumerateMatches(head))
        {
            return m.Index == 0;
        }
        return false;
    }
}
