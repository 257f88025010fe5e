namespace NewsPortal.Analysis.Dates;

/// <summary>
/// A regex alternation of literal names (a space inside a name may be any run of white space),
/// longest first, grouped by their opening letters so the regex engine tries at a position only
/// the names that can start there. The match is the same as with the plain longest-first list:
/// two names whose opening letters differ can never both match at one position, and names that
/// share them keep their longest-first order.
/// </summary>
internal static class Alternatives
{
    public static string Of(IEnumerable<string> names)
    {
        var longestFirst = names.OrderByDescending(n => n.Length).ToList();
        // Every name has at least this many letters before its first space.
        var opening = longestFirst.Min(n => n.Contains(' ', StringComparison.Ordinal) ? n.IndexOf(' ', StringComparison.Ordinal) : n.Length);
        return string.Join('|', longestFirst
            .Select((name, i) => (Name: name, Rank: i))
            .OrderBy(n => n.Name[..opening], StringComparer.Ordinal)
            .ThenBy(n => n.Rank)
            .Select(n => n.Name.Replace(" ", "\\s+", StringComparison.Ordinal)));
    }
}
