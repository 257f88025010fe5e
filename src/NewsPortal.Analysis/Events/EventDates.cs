using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// Picks the date that governs an event: the nearest resolved date of the trigger's own clause,
/// else of a clause the event took place during (قال … خلال لقائه الخميس). A date in a complement
/// (أعلن الاثنين أن … سيزور), a relative or a frame clause (بعد زيارة كيم في 2023، …) belongs to
/// the verb there; a date after منذ is a reference point; a span of years describes a period; a
/// list of years (معاهدات 1961 و2000) names things, not one day of the event.
/// </summary>
internal static class EventDates
{
    /// <summary>A resolved date of the sentence with the token it starts at and its clause.</summary>
    public readonly record struct Placed(DateSpan Date, int Token, int Clause);

    public static List<Placed> Place(List<DateSpan> dates, IReadOnlyList<Token> tokens, int firstToken, int lastToken, Clauses clauses)
    {
        var placed = new List<Placed>();
        foreach (var d in dates)
        {
            if (d.Mention.Value is null || (d.Mention.Precision == DatePrecision.Range && d.Mention.Value.Length == 9))
            {
                continue;
            }
            var token = TokenAt(tokens, firstToken, lastToken, d.Start);
            if (!AfterSince(tokens, firstToken, token + 1))
            {
                placed.Add(new Placed(d, token, clauses.Of(token)));
            }
        }
        // Years listed together ("1961 و2000 و2001") date no single event.
        HashSet<int>? listed = null;
        for (var i = 1; i < placed.Count; i++)
        {
            if (placed[i - 1].Date.Mention.Precision == DatePrecision.Year && placed[i].Date.Mention.Precision == DatePrecision.Year
                && placed[i].Token - placed[i - 1].Token <= 2)
            {
                listed ??= [];
                listed.Add(i - 1);
                listed.Add(i);
            }
        }
        return listed is null ? placed : [.. placed.Where((_, i) => !listed.Contains(i))];
    }

    /// <summary>
    /// The date of the trigger's clause; else of the relative clause that describes it (القمة التي
    /// انعقدت في يونيو) when that clause has no verb of its own; else of a happening it took place
    /// during, or, inside a during clause, of the happening around it.
    /// </summary>
    public static DateMention? Governing(List<Placed> dates, IReadOnlyList<Token> tokens, Clauses clauses, int triggerToken, Func<int, bool> hasTrigger)
    {
        var clause = clauses.Of(triggerToken);
        var list = clauses.List;
        var at = tokens[triggerToken].Start;
        return Nearest(dates, tokens, at, Reading.OwnClause, clause, list, triggerToken, hasTrigger)
            ?? Nearest(dates, tokens, at, Reading.DescribingRelative, clause, list, triggerToken, hasTrigger)
            ?? Nearest(dates, tokens, at, Reading.DuringClause, clause, list, triggerToken, hasTrigger)
            ?? (list[clause] is { Kind: ClauseKind.During, Parent: var outer } ? Nearest(dates, tokens, at, Reading.OwnClause, outer, list, triggerToken, hasTrigger) : null)
            // "استقبلت الحشود بوتين، اليوم الأربعاء، حيث عبّر كيم عن دعمه": what happened there, happened then.
            ?? (list[clause] is { Kind: ClauseKind.Relative, Parent: var host and >= 0, Start: var opener } && tokens[opener].Value is "حيث" or "وحيث"
                ? Nearest(dates, tokens, at, Reading.OwnClause, host, list, triggerToken, hasTrigger) : null);
    }

    /// <summary>Which dates of the sentence a reading of <see cref="Governing"/> may take (one loop, no closures: this runs per trigger).</summary>
    private enum Reading
    {
        OwnClause,
        DescribingRelative,
        DuringClause,
    }

    private static bool Eligible(Placed d, Reading reading, int clause, List<Clause> list, IReadOnlyList<Token> tokens, int triggerToken, Func<int, bool> hasTrigger) => reading switch
    {
        Reading.OwnClause => d.Clause == clause,
        Reading.DescribingRelative => list[d.Clause] is { Kind: ClauseKind.Relative } c && c.Parent == clause
            && c.Start > triggerToken && !hasTrigger(d.Clause) && Describes(tokens, triggerToken, c.Start),
        _ => list[d.Clause] is { Kind: ClauseKind.During } c2 && c2.Parent == clause
            || (list[d.Clause] is { Kind: ClauseKind.Relative } r && r.Parent >= 0 && list[r.Parent] is { Kind: ClauseKind.During } p && p.Parent == clause),
    };

    private static DateMention? Nearest(List<Placed> dates, IReadOnlyList<Token> tokens, int at, Reading reading, int clause, List<Clause> list, int triggerToken, Func<int, bool> hasTrigger)
    {
        Placed? best = null;
        foreach (var d in dates)
        {
            if (Eligible(d, reading, clause, list, tokens, triggerToken, hasTrigger) && (best is not { } b || Math.Abs(d.Date.Start - at) < Math.Abs(b.Date.Start - at)))
            {
                best = d;
            }
        }
        return best?.Date.Mention;
    }

    private static readonly HashSet<string> HeldVerbs =
        ["عقدت", "عقد", "انعقدت", "انعقد", "جرت", "جري", "اجريت", "اجري", "اقيمت", "اقيم", "تمت", "تم", "استمرت", "استمر", "دامت", "بدا", "بدات", "انطلق", "انطلقت", "اندلع", "اندلعت"];

    private static readonly HashSet<string> Prepositions = ["في", "علي", "الي", "عن", "مع", "من", "بين", "لدي", "حول"];

    /// <summary>
    /// Whether the relative clause at <paramref name="opener"/> describes the trigger word itself: it
    /// follows within a few words that are no object of their own ("يرحب بالقمة التي جمعت … الثلاثاء"
    /// describes the summit, not the welcome); a clause that tells where or when a happening was held
    /// ("القمة بين البلدين، التي عقدت في هانوي في 27 فبراير") reaches further back to its noun.
    /// </summary>
    private static bool Describes(IReadOnlyList<Token> tokens, int trigger, int opener)
    {
        var held = opener + 1 < tokens.Count && HeldVerbs.Contains(tokens[opener + 1].Value);
        if (opener - trigger > (held ? 10 : 5))
        {
            return false;
        }
        for (var k = trigger + 1; k < opener; k++)
        {
            var w = tokens[k].Value;
            if ((!held && Prepositions.Contains(w)) || w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
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
}
