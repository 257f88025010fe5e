using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Tagging;

/// <summary>
/// The link stage: the same happening reported by several outlets, or several times in one article, is one event with several
/// reports. Same type family (CAMEO root; every statement-like root is one family), dates that
/// agree within their precision, and overlapping participants make the same happening; a
/// statement joins another only when the same side speaks (an actor, or actors of one country,
/// acting in both). A year or month joins a finer date only when one event of that period is
/// clearly the one meant. An admin's split (keep apart) and merge (join) decisions overrule it.
/// </summary>
public static class EventLinker
{
    /// <summary>CAMEO roots of things said rather than done: say, appeal, demand, disapprove, reject, threaten, protest (one family).</summary>
    private static readonly string[] SaidRoots = ["01", "02", "10", "11", "12", "13", "14"];

    /// <summary>A statement-like act: one of <see cref="SaidRoots"/>, or praise and verbal support (051, 052).</summary>
    public static bool IsSaid(string cameo) =>
        cameo.Length >= 2 && (SaidRoots.Contains(cameo[..2]) || cameo.StartsWith("051", StringComparison.Ordinal) || cameo.StartsWith("052", StringComparison.Ordinal));

    /// <summary>One participant as the linker compares them: who, on which side of the act, and of which country.</summary>
    public readonly record struct Party(int ActorId, ParticipantRole Role, string? Country);

    /// <summary>
    /// A report about to be linked: its act, date, who takes part, the country of its place, and
    /// where it stands (article and sentence start; none when relinking a whole event).
    /// </summary>
    public sealed record Probe(
        string Cameo, DateOnly? Start, DateOnly? End, DatePrecision Precision, DateBasis Basis,
        IReadOnlyCollection<Party> Parties, string? PlaceSide, long? ArticleId = null, int? EvidenceStart = null);

    public static async Task<Event?> FindSameHappeningAsync(NewsPortalDbContext db, Probe probe, CancellationToken cancellationToken, long? excludeEventId = null)
    {
        var (cameo, start, end, precision, parties) = (probe.Cameo, probe.Start, probe.End, probe.Precision, probe.Parties);
        // Without a date or participants there is nothing to tell two reports of one happening apart.
        if (start is not { } from || parties.Count == 0 || cameo.Length < 2)
        {
            return null;
        }
        var root = cameo[..2];
        var said = IsSaid(cameo);
        // Words said in the sentence that reports an act are said on its occasion: looked for in every family.
        string[]? roots = said ? null : [root];
        var participants = parties.Select(p => p.ActorId).Distinct().ToList();
        var sides = Sides(parties.Select(p => p.Country ?? $"#{p.ActorId}"), probe.PlaceSide);
        var to = end ?? from;
        var (low, high) = (from.AddDays(-1), to.AddDays(1));
        var candidates = await db.Events
            .Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Include(e => e.Location)
            .Include(e => e.Mentions)
            .Where(e => roots == null || roots.Contains(e.Cameo.Substring(0, 2)))
            .Where(e => e.Review != ReviewState.Rejected && e.Id != excludeEventId)
            .Where(e => e.DateStart <= high && (e.DateEnd ?? e.DateStart) >= low)
            .Where(e => e.Participants.Any(p => participants.Contains(p.ActorId) || sides.Contains(p.Actor!.Key) || sides.Contains(p.Actor.CountryKey!)))
            .Where(e => !e.Mentions.Any(m => db.EventDecisions.Any(d => d.Fingerprint == m.Fingerprint && d.KeepApart)))
            // The 50 latest candidates, each with its participants and reports in their own query.
            .OrderByDescending(e => e.Id)
            .Take(50)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var scored = candidates
            .Select(e => (Event: e, Window: Window(e.Precision, e.DateStart!.Value, precision, from), Theirs: SidesOf(e)))
            .Select(c => (c.Event, c.Window, c.Theirs, Shared: c.Theirs.Count(sides.Contains)))
            .Where(c => c.Window != Agreement.None)
            .Where(c => IsSaid(c.Event.Cameo) == said || (said && SameSentence(c.Event, probe)))
            // Things said join on the day only: one speaker says many things in a month.
            .Where(c => !said || SameSentence(c.Event, probe) || (Daily(precision) && Daily(c.Event.Precision)))
            .Where(c => c.Shared > 0 && c.Shared * 2 >= Math.Min(sides.Count, c.Theirs.Count))
            // One sentence telling one thing said is one report, whoever the engine took for its speaker.
            .Where(c => SameSentence(c.Event, probe) || (!said && probe.Basis == DateBasis.Stated && c.Event.DateBasis == DateBasis.Stated)
                || (!said && DatedInSameArticle(c.Event, probe) && c.Shared == Math.Min(sides.Count, c.Theirs.Count))
                || SameSpeaker(c.Event.Participants, parties))
            .OrderByDescending(c => c.Shared)
            .ThenByDescending(c => c.Event.Mentions.Select(m => m.ArticleId).Distinct().Count())
            .ThenBy(c => Math.Abs(c.Event.DateStart!.Value.DayNumber - from.DayNumber))
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }
        var best = scored[0];
        if (best.Window == Agreement.Coarse)
        {
            // "Kim's visit in 2023" is the September visit only when no other visit of 2023 fits as well.
            var rivals = scored.Skip(1).Where(c => c.Shared == best.Shared).ToList();
            var reports = best.Event.Mentions.Select(m => m.ArticleId).Distinct().Count();
            if (best.Shared < 2 || rivals.Any(c => c.Event.Mentions.Select(m => m.ArticleId).Distinct().Count() >= reports))
            {
                return null;
            }
        }
        return best.Event;
    }

    /// <summary>
    /// The same side speaks in both: an acting actor in common, or acting actors of one country
    /// (the Kremlin and Putin; not the Kremlin and the State Department).
    /// </summary>
    private static bool SameSpeaker(IEnumerable<EventParticipant> existing, IReadOnlyCollection<Party> parties)
    {
        var theirs = existing.Where(p => p.Role == ParticipantRole.Actor).Select(p => (p.ActorId, Country: SideOf(p.Actor))).ToList();
        var ours = parties.Where(p => p.Role == ParticipantRole.Actor).ToList();
        return ours.Any(o => theirs.Any(t => t.ActorId == o.ActorId || (t.Country is not null && t.Country == o.Country)));
    }

    /// <summary>
    /// The sides an event involves: each participant as its country (Putin as Russia) or itself
    /// when it has none, and the country of its place (Pyongyang as North Korea).
    /// </summary>
    private static HashSet<string> Sides(IEnumerable<string> participants, string? place)
    {
        var sides = participants.ToHashSet(StringComparer.Ordinal);
        if (place is not null)
        {
            sides.Add(place);
        }
        return sides;
    }

    private static HashSet<string> SidesOf(Event e) =>
        Sides(e.Participants.Select(p => SideOf(p.Actor) ?? $"#{p.ActorId}"), SideOf(e.Location));

    /// <summary>
    /// An act the article places on its report day and the same act it dates within a day of it
    /// ("signed on Wednesday … went to Pyongyang to sign") are one happening when the sides of one
    /// are all among the other's: the card takes the stated date.
    /// </summary>
    private static bool DatedInSameArticle(Event e, Probe probe) =>
        probe.ArticleId is { } article && e.DateBasis != probe.Basis && e.Mentions.Any(m => m.ArticleId == article);

    private static bool Daily(DatePrecision p) => p is DatePrecision.Day or DatePrecision.Range;

    private static bool SameSentence(Event e, Probe probe) =>
        probe.ArticleId is { } article && e.Mentions.Any(m => m.ArticleId == article && m.EvidenceStart == probe.EvidenceStart);

    /// <summary>The country an actor speaks for: itself when it is one, else its country.</summary>
    public static string? SideOf(Actor? actor) => actor is null ? null : actor.Kind == CountryKind ? actor.Key : actor.CountryKey;

    public const string CountryKind = "country";

    private enum Agreement
    {
        None,
        Same,
        Coarse,
    }

    /// <summary>
    /// Dates agree within their precision: days within a day of each other (already the query's
    /// window), a day inside a month, the same month, the same year. A year against a finer date
    /// of that year is only a coarse agreement: a year holds many visits.
    /// </summary>
    private static Agreement Window(DatePrecision a, DateOnly aStart, DatePrecision b, DateOnly bStart) => (a, b) switch
    {
        (DatePrecision.Year, DatePrecision.Year) => aStart.Year == bStart.Year ? Agreement.Same : Agreement.None,
        (DatePrecision.Year, _) or (_, DatePrecision.Year) => aStart.Year == bStart.Year ? Agreement.Coarse : Agreement.None,
        (DatePrecision.Month, _) or (_, DatePrecision.Month) => aStart.Year == bStart.Year && aStart.Month == bStart.Month ? Agreement.Same : Agreement.None,
        _ => Agreement.Same,
    };

    /// <summary>The event that holds the report with this fingerprint (an admin's merge target).</summary>
    public static Task<Event?> EventOfReportAsync(NewsPortalDbContext db, string fingerprint, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Participants).Include(e => e.Mentions)
            .Where(e => e.Mentions.Any(m => m.Fingerprint == fingerprint))
            .OrderBy(e => e.Id)
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A new report joins an event: the card keeps the most precise date its reports agree on (a
    /// stated date over a report day), and a planned happening someone reports as done is done.
    /// </summary>
    public static void Join(Event ev, DateOnly? start, DateOnly? end, DatePrecision precision, DateBasis basis, EventStatus status)
    {
        if (start is not null && Rank(basis, precision) < Rank(ev.DateBasis, ev.Precision))
        {
            (ev.DateStart, ev.DateEnd, ev.Precision, ev.DateBasis) = (start, end, precision, basis);
        }
        if (ev.Status == EventStatus.Planned && status == EventStatus.Happened)
        {
            ev.Status = EventStatus.Happened;
        }
    }

    private static int Rank(DateBasis basis, DatePrecision precision) => (basis == DateBasis.Reported ? 10 : 0) + precision switch
    {
        DatePrecision.Day => 0,
        DatePrecision.Range => 1,
        DatePrecision.Month => 2,
        DatePrecision.Year => 3,
        _ => 20,
    };

    /// <summary>
    /// The link stage alone, for one article: each of its unreviewed events that reports the same
    /// happening as an older event elsewhere is folded into it (its reports move; the empty event goes).
    /// Reviewed events keep their identity: an admin's decision is never merged away. Returns the
    /// events that took reports in.
    /// </summary>
    public static async Task<List<long>> RelinkArticleAsync(NewsPortalDbContext db, long articleId, CancellationToken cancellationToken)
    {
        var events = await db.Events
            .Include(e => e.Participants).ThenInclude(p => p.Actor)
            .Include(e => e.Location)
            .Where(e => e.Review == ReviewState.Unreviewed && e.Mentions.Any(m => m.ArticleId == articleId))
            .Where(e => !e.Mentions.Any(m => db.EventDecisions.Any(d => d.Fingerprint == m.Fingerprint && (d.KeepApart || d.JoinFingerprint != null))))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var joined = new List<long>();
        foreach (var ev in events)
        {
            var reportedIn = await db.EventMentions.Where(m => m.EventId == ev.Id).Select(m => m.ArticleId).Distinct().ToListAsync(cancellationToken);
            var same = await FindSameHappeningAsync(db, new Probe(ev.Cameo, ev.DateStart, ev.DateEnd, ev.Precision, ev.DateBasis,
                [.. ev.Participants.Select(p => new Party(p.ActorId, p.Role, SideOf(p.Actor)))], SideOf(ev.Location)), cancellationToken, ev.Id);
            if (same is null || same.Id >= ev.Id || reportedIn.Any(a => same.Mentions.Any(m => m.ArticleId == a)))
            {
                continue;
            }
            Join(same, ev.DateStart, ev.DateEnd, ev.Precision, ev.DateBasis, ev.Status);
            await db.SaveChangesAsync(cancellationToken);
            await db.EventMentions.Where(m => m.EventId == ev.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.EventId, same.Id), cancellationToken);
            await db.Events.Where(e => e.Id == ev.Id).ExecuteDeleteAsync(cancellationToken);
            joined.Add(same.Id);
        }
        await EventScopes.RefreshAsync(db, TimelineFocus.Default, joined, cancellationToken);
        return joined;
    }
}
