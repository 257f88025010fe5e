using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// Picks the date that governs an event: the nearest resolved date of the same clause. A date
/// behind a complementizer (أعلن الاثنين أن … سيزور) belongs to the other verb; a date after منذ
/// is a reference point; a span of years describes a period.
/// </summary>
internal static class EventDates
{
    private static readonly HashSet<string> Complementizers = ["ان", "بان", "انه", "انها", "بانه", "بانها", "لان"];

    public static DateMention? Governing(List<DateSpan> dates, IReadOnlyList<Token> tokens, int sentenceStart, int sentenceEnd,
        int firstToken, int lastToken, int triggerToken)
    {
        DateSpan? best = null;
        var at = tokens[triggerToken].Start;
        foreach (var d in dates)
        {
            if (d.Start < sentenceStart || d.End > sentenceEnd || d.Mention.Value is null
                || (d.Mention.Precision == DatePrecision.Range && d.Mention.Value.Length == 9))
            {
                continue;
            }
            var dateToken = TokenAt(tokens, firstToken, lastToken, d.Start);
            if (AfterSince(tokens, firstToken, dateToken) || Separated(tokens, dateToken, triggerToken))
            {
                continue;
            }
            if (best is null || Math.Abs(d.Start - at) < Math.Abs(best.Start - at))
            {
                best = d;
            }
        }
        return best?.Mention;
    }

    private static int TokenAt(IReadOnlyList<Token> tokens, int first, int last, int position)
    {
        for (var k = first; k < last; k++)
        {
            if (tokens[k].End > position)
            {
                return k;
            }
        }
        return last - 1;
    }

    private static bool AfterSince(IReadOnlyList<Token> tokens, int first, int dateToken)
    {
        for (var k = dateToken - 1; k >= Math.Max(first, dateToken - 4); k--)
        {
            if (tokens[k].Value is "منذ" or "ومنذ")
            {
                return true;
            }
        }
        return false;
    }

    private static bool Separated(IReadOnlyList<Token> tokens, int a, int b)
    {
        for (var k = Math.Min(a, b) + 1; k < Math.Max(a, b); k++)
        {
            if (Complementizers.Contains(tokens[k].Value))
            {
                return true;
            }
        }
        return false;
    }
}
