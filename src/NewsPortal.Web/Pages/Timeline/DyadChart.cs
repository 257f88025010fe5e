using NewsPortal.Reading;
using NewsPortal.Model;

namespace NewsPortal.Web.Pages.Timeline;

/// <summary>
/// Events between two actors per month, stacked by quad class (cooperation or conflict, talk or
/// deeds), drawn on the server as SVG: the page carries no script.
/// </summary>
public sealed class DyadChart
{
    public const int BarWidth = 6;
    public const int Height = 120;

    public sealed record Bar(int Year, int Month, IReadOnlyList<(QuadClass Quad, int Count)> Parts)
    {
        public int Total => Parts.Sum(p => p.Count);
    }

    public required IReadOnlyList<Bar> Bars { get; init; }
    public required int FirstYear { get; init; }
    public required int LastYear { get; init; }
    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Total);
    public int Width => (LastYear - FirstYear + 1) * 12 * BarWidth;

    public static DyadChart? From(IReadOnlyList<RootMonthCount> counts)
    {
        if (counts.Count == 0)
        {
            return null;
        }
        var bars = counts
            .GroupBy(c => (c.Year, c.Month))
            .OrderBy(g => g.Key)
            .Select(g => new Bar(g.Key.Year, g.Key.Month, [.. g
                .GroupBy(c => QuadClasses.Of(c.Root))
                .OrderBy(q => q.Key)
                .Select(q => (q.Key, q.Sum(c => c.Count)))]))
            .ToList();
        return new DyadChart { Bars = bars, FirstYear = bars[0].Year, LastYear = bars[^1].Year };
    }

    /// <summary>The bar's left edge: months since the first January, right to left as the month strip below reads.</summary>
    public int X(Bar bar) => Width - ((bar.Year - FirstYear) * 12 + bar.Month) * BarWidth;

    public int Scaled(int count) => Max == 0 ? 0 : Math.Max(2, count * (Height - 10) / Max);
}
