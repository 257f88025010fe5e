using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Actors;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Admin;

/// <summary>An admin's correction of an event: type, date at a precision, participants.</summary>
public sealed record EventCorrection(string Type, DateOnly? DateStart, DateOnly? DateEnd, DatePrecision Precision, IReadOnlyList<int> ActorIds);

/// <summary>
/// Confirms, corrects or rejects events. The verdict is stored as one <see cref="EventDecision"/>
/// per report (keyed by the report's fingerprint), so re-tagging and re-ingestion apply it again,
/// and it is applied to the event as it stands now.
/// </summary>
public sealed class EventReview(NewsPortalDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Event types the engine knows, with their CAMEO codes.</summary>
    public static IReadOnlyDictionary<string, string> Types { get; } = ReadTypes();

    public Task<EditResult> ConfirmAsync(long eventId, string user, CancellationToken cancellationToken) =>
        DecideAsync(eventId, DecisionAction.Confirm, null, user, cancellationToken);

    public Task<EditResult> RejectAsync(long eventId, string user, CancellationToken cancellationToken) =>
        DecideAsync(eventId, DecisionAction.Reject, null, user, cancellationToken);

    public Task<EditResult> CorrectAsync(long eventId, EventCorrection correction, string user, CancellationToken cancellationToken) =>
        DecideAsync(eventId, DecisionAction.Correct, correction, user, cancellationToken);

    private async Task<EditResult> DecideAsync(
        long eventId, DecisionAction action, EventCorrection? correction, string user, CancellationToken cancellationToken)
    {
        if (correction is not null && !Types.ContainsKey(correction.Type))
        {
            return new EditResult("نوع الحدث غير معروف.");
        }
        EditResult result = EditResult.Ok;
        await AdminTransaction.RunAsync(db, async ct =>
        {
            var ev = await db.Events.Include(e => e.Mentions).Include(e => e.Participants).AsSingleQuery().FirstOrDefaultAsync(e => e.Id == eventId, ct);
            if (ev is null)
            {
                result = new EditResult("لا يوجد حدث بهذا المعرّف.");
                return 0;
            }
            List<string>? actorKeys = null;
            if (correction is not null)
            {
                var actors = await db.Actors.Where(a => correction.ActorIds.Contains(a.Id)).Select(a => new { a.Id, a.Key }).ToListAsync(ct);
                if (actors.Count != correction.ActorIds.Distinct().Count())
                {
                    result = new EditResult("أحد المشاركين غير موجود.");
                    return 0;
                }
                actorKeys = [.. actors.Select(a => a.Key)];
                Apply(ev, correction);
            }
            ev.Review = action switch
            {
                DecisionAction.Reject => ReviewState.Rejected,
                DecisionAction.Correct => ReviewState.Corrected,
                _ => ReviewState.Confirmed,
            };

            var fingerprints = ev.Mentions.Select(m => m.Fingerprint).Distinct().ToList();
            var existing = await db.EventDecisions.Where(d => fingerprints.Contains(d.Fingerprint)).ToDictionaryAsync(d => d.Fingerprint, ct);
            foreach (var fingerprint in fingerprints)
            {
                if (!existing.TryGetValue(fingerprint, out var decision))
                {
                    decision = new EventDecision { Fingerprint = fingerprint, DecidedBy = user };
                    db.EventDecisions.Add(decision);
                }
                decision.Action = action;
                decision.Type = correction?.Type;
                decision.Cameo = correction is null ? null : Types[correction.Type];
                decision.DateStart = correction?.DateStart;
                decision.DateEnd = correction?.DateEnd;
                decision.Precision = correction?.Precision;
                decision.ActorKeys = actorKeys;
                decision.DecidedBy = user;
                decision.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
            }
            var details = correction is null
                ? $"{fingerprints.Count} reports"
                : $"{fingerprints.Count} reports; type {correction.Type}, date {correction.DateStart:yyyy-MM-dd} ({correction.Precision}), actors {string.Join(", ", actorKeys!)}";
            audit.Record(user, "event." + action.ToString().ToLowerInvariant(), $"event {ev.Id}", details);
            return 0;
        }, cancellationToken);
        return result;
    }

    private static void Apply(Event ev, EventCorrection correction)
    {
        ev.Type = correction.Type;
        ev.Cameo = Types[correction.Type];
        ev.DateStart = correction.DateStart;
        ev.DateEnd = correction.DateEnd;
        ev.Precision = correction.Precision;
        // Keep each remaining participant's role; new ones act.
        ev.Participants.RemoveAll(p => !correction.ActorIds.Contains(p.ActorId));
        foreach (var id in correction.ActorIds.Distinct().Where(id => !ev.Participants.Any(p => p.ActorId == id)))
        {
            ev.Participants.Add(new EventParticipant { ActorId = id, Role = ParticipantRole.Actor });
        }
    }

    private static Dictionary<string, string> ReadTypes()
    {
        // The engine's own taxonomy file, so the admin offers exactly the types tagging produces.
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("NewsPortal.Analysis.Lexicon.events.json")
            ?? throw new InvalidOperationException("The event lexicon is not embedded in the analysis engine.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("types").EnumerateArray()
            .ToDictionary(t => t.GetProperty("type").GetString()!, t => t.GetProperty("cameo").GetString()!, StringComparer.Ordinal);
    }
}
