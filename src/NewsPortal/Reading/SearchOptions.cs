namespace NewsPortal.Reading;

public sealed class SearchOptions
{
    public const string Section = "NewsPortal:Search";

    /// <summary>
    /// Search by relevance ranks only this many of the newest matches: ranking reads each match's
    /// search vector, and a common word matches most of the archive. Sorting by date reaches every match.
    /// </summary>
    public int RankedMatches { get; set; } = 1000;
}
