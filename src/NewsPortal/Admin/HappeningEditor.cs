using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Tagging;

namespace NewsPortal.Admin;

/// <summary>
/// Splits a wrong merge and merges two cards of one happening. Both are stored as decisions on the
/// reports' fingerprints (keep apart, join), so re-tagging and re-ingestion link them the same way.
/// </summary>
public sealed class HappeningEditor(NewsPortalDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>One report leaves its card for a card of its own, and stays apart from then on.</summary>
    public Task<EditResult> SplitAsync(long eventId, long mentionId, string user, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            var ev = await db.Events.Include(e => e.Mentions).Include(e => e.Participants).AsSingleQuery().FirstOrDefaultAsync(e => e.Id == eventId, ct);
            var report = ev?.Mentions.FirstOrDefault(m => m.Id == mentionId);
            if (ev is null || report is null)
            {
                return new EditResult("لا يوجد هذا التقرير في هذا الحدث.");
            }
            if (ev.Mentions.Count < 2)
            {
                return new EditResult("للحدث تقرير واحد: لا شيء يُفصل.");
            }
            var alone = new Event
            {
                Type = ev.Type,
                Cameo = ev.Cameo,
                DateStart = ev.DateStart,
                DateEnd = ev.DateEnd,
                Precision = ev.Precision,
                DateBasis = ev.DateBasis,
                Status = ev.Status,
                LocationActorId = ev.LocationActorId,
                Summary = ev.Summary,
                Review = ReviewState.Confirmed,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                Participants = [.. ev.Participants.Select(p => new EventParticipant { ActorId = p.ActorId, Role = p.Role })],
            };
            db.Events.Add(alone);
            await db.SaveChangesAsync(ct);
            report.EventId = alone.Id;
            var decision = await DecisionAsync(report.Fingerprint, user, ct);
            decision.KeepApart = true;
            decision.JoinFingerprint = null;
            audit.Record(user, "event.split", $"event {ev.Id}", $"report {report.Id} to event {alone.Id}");
            await db.SaveChangesAsync(ct);
            await EventScopes.RefreshAsync(db, TimelineFocus.Default, [ev.Id, alone.Id], ct);
            return EditResult.Ok;
        }, cancellationToken);

    /// <summary>Every report of one card joins another card of the same happening; the emptied card goes.</summary>
    public Task<EditResult> MergeAsync(long eventId, long intoEventId, string user, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            var from = await db.Events.Include(e => e.Mentions).FirstOrDefaultAsync(e => e.Id == eventId, ct);
            var into = await db.Events.Include(e => e.Mentions).Include(e => e.Participants).AsSingleQuery().FirstOrDefaultAsync(e => e.Id == intoEventId, ct);
            if (from is null || into is null || from.Id == into.Id || into.Mentions.Count == 0)
            {
                return new EditResult("اختر حدثين مختلفين موجودين للدمج.");
            }
            var anchor = into.Mentions.OrderBy(m => m.Id).First().Fingerprint;
            foreach (var report in from.Mentions.ToList())
            {
                report.EventId = into.Id;
                var decision = await DecisionAsync(report.Fingerprint, user, ct);
                decision.JoinFingerprint = anchor;
                decision.KeepApart = false;
                EventLinker.Join(into, from.DateStart, from.DateEnd, from.Precision, from.DateBasis, from.Status);
            }
            await db.SaveChangesAsync(ct);
            await db.Events.Where(e => e.Id == from.Id).ExecuteDeleteAsync(ct);
            audit.Record(user, "event.merge", $"event {from.Id}", $"into event {into.Id}");
            await EventScopes.RefreshAsync(db, TimelineFocus.Default, [into.Id], ct);
            return EditResult.Ok;
        }, cancellationToken);

    private async Task<EventDecision> DecisionAsync(string fingerprint, string user, CancellationToken cancellationToken)
    {
        var decision = await db.EventDecisions.FirstOrDefaultAsync(d => d.Fingerprint == fingerprint, cancellationToken);
        if (decision is null)
        {
            // Only the link is decided: the report keeps the engine's type, date and participants.
            decision = new EventDecision { Fingerprint = fingerprint, Action = DecisionAction.Confirm, DecidedBy = user };
            db.EventDecisions.Add(decision);
        }
        decision.DecidedBy = user;
        decision.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        return decision;
    }

    private Task<EditResult> RunAsync(Func<CancellationToken, Task<EditResult>> action, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, action, cancellationToken);
}
