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
        return position =>
        {
            var (start, end) = Sentences.Around(normalized, position, position);
            foreach (var d in dates)
            {
                if (d.Start >= start && d.End <= end && Middle(d.Mention.Value) is { } day)
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
