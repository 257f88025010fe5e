using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// The day a sentence speaks of, for titles: "وزير الخارجية الأمريكي في عام 2018" is whoever held the
/// post in 2018, not on the publish date. The first dated expression of the sentence counts; a month
/// or a year stands for its middle.
/// </summary>
internal static class RoleDays
{
    public static Func<int, DateOnly?>? Of(string normalized, List<DateSpan> dates)
    {
        if (dates.Count == 0)
        {
            return null;
        }
        // Each date's day is read at most once; the dates are in text order, so a sentence's first one is found by binary search.
        var days = new DateOnly?[dates.Count];
        var read = new bool[dates.Count];
        return position =>
        {
            var (start, end) = Sentences.Around(normalized, position, position);
            var lo = 0;
            var hi = dates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (dates[mid].Start < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            for (var i = lo; i < dates.Count && dates[i].Start < end; i++)
            {
                if (dates[i].End > end)
                {
                    continue;
                }
                if (!read[i])
                {
                    days[i] = Middle(dates[i].Mention.Value);
                    read[i] = true;
                }
                if (days[i] is { } day)
                {
                    return day;
                }
            }
            return null;
        };
    }

    private static DateOnly? Middle(string? iso) =>
        IsoDates.TryParse(iso?.Split('/')[0], out var first, out _, out var precision)
            ? precision switch
            {
                DatePrecision.Month => first.AddDays(14),
                DatePrecision.Year => new DateOnly(first.Year, 7, 1),
                _ => first,
            }
            : null;
}
