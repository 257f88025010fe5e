namespace NewsPortal.Analysis.Text;

/// <summary>Finds that cover the same words: the longest one stands for them.</summary>
public static class Overlaps
{
    /// <summary>Keeps the longest of overlapping finds [start, end), in text order; a tie goes to the first found.</summary>
    public static List<T> KeepLongest<T>(IEnumerable<T> finds, Func<T, int> start, Func<T, int> end)
    {
        ArgumentNullException.ThrowIfNull(finds);
        var kept = new List<T>();
        var reached = -1;
        foreach (var f in finds.OrderBy(start).ThenByDescending(end))
        {
            if (start(f) >= reached)
            {
                kept.Add(f);
                reached = end(f);
            }
        }
        return kept;
    }
}
