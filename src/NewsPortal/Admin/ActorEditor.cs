using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Model;

namespace NewsPortal.Admin;

/// <summary>The outcome of an admin edit: null error means done; otherwise what to tell the admin, in Arabic.</summary>
public sealed record EditResult(string? Error)
{
    public static readonly EditResult Ok = new((string?)null);

    public bool Succeeded => Error is null;
}

/// <summary>
/// Admin edits to the actors table: names, aliases, merges, candidates. Lexicon rows are never
/// deleted (a removed alias is suppressed, so the lexicon sync does not bring it back), every edit
/// is audited, and the cached gazetteer is dropped so the next tagging uses the change.
/// </summary>
public sealed class ActorEditor(NewsPortalDbContext db, AuditLog audit, GazetteerProvider gazetteers)
{
    public const int MaxNameLength = 300;

    public Task<EditResult> RenameAsync(int actorId, string nameAr, string nameEn, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            if (await db.Actors.FindAsync([actorId], ct) is not { } actor)
            {
                return NotFound;
            }
            if ((CheckName(nameAr) ?? CheckName(nameEn)) is { } error)
            {
                return new EditResult(error);
            }
            audit.Record(user, "actor.rename", Target(actor), $"{actor.NameAr} / {actor.NameEn} → {nameAr.Trim()} / {nameEn.Trim()}");
            actor.NameAr = InvisibleCharacters.Remove(nameAr).Trim();
            actor.NameEn = InvisibleCharacters.Remove(nameEn).Trim();
            return EditResult.Ok;
        }, cancellationToken);

    /// <summary>Adds a spelling; one suppressed earlier is brought back rather than duplicated.</summary>
    public Task<EditResult> AddAliasAsync(int actorId, string text, AliasKind kind, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            if (await db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == actorId, ct) is not { } actor)
            {
                return NotFound;
            }
            if (CheckName(text) is { } error)
            {
                return new EditResult(error);
            }
            var key = ArabicNormalizer.Normalize(text.Trim());
            if (key.Length == 0)
            {
                return new EditResult("الاسم لا يحتوي على حروف يمكن البحث بها.");
            }
            if (actor.Aliases.FirstOrDefault(a => a.Key == key) is { } existing)
            {
                if (!existing.Suppressed)
                {
                    return new EditResult("هذه التهجئة موجودة بالفعل لهذا الفاعل.");
                }
                existing.Suppressed = false;
                existing.AddedByAdmin = true;
            }
            else
            {
                actor.Aliases.Add(new ActorAlias { Text = InvisibleCharacters.Remove(text).Trim(), Key = key, Kind = kind, AddedByAdmin = true });
            }
            audit.Record(user, "actor.alias-add", Target(actor), $"{text.Trim()} ({kind})");
            return EditResult.Ok;
        }, cancellationToken);

    /// <summary>Stops a spelling from tagging; the row stays, marked suppressed.</summary>
    public Task<EditResult> SuppressAliasAsync(int actorId, int aliasId, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            var alias = await db.ActorAliases.FirstOrDefaultAsync(a => a.Id == aliasId && a.ActorId == actorId, ct);
            if (alias is null || alias.Suppressed)
            {
                return new EditResult("لا توجد تهجئة فعّالة بهذا المعرّف.");
            }
            alias.Suppressed = true;
            audit.Record(user, "actor.alias-remove", $"actor {actorId}", alias.Text);
            return EditResult.Ok;
        }, cancellationToken);

    /// <summary>
    /// Folds a duplicate into another actor: mentions, event participations and places move, the
    /// aliases follow (unless the target has the same spelling), and the duplicate points at the target.
    /// </summary>
    public Task<EditResult> MergeAsync(int duplicateId, int targetId, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            var duplicate = await db.Actors.FindAsync([duplicateId], ct);
            var target = await db.Actors.FindAsync([targetId], ct);
            if (duplicate is null || target is null)
            {
                return NotFound;
            }
            if (duplicateId == targetId)
            {
                return new EditResult("لا يمكن دمج الفاعل في نفسه.");
            }
            if (duplicate.MergedIntoActorId is not null || target.MergedIntoActorId is not null)
            {
                return new EditResult("أحد الفاعلَين مدموج بالفعل في فاعل آخر.");
            }
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE mentions SET actor_id = {targetId} WHERE actor_id = {duplicateId};
                INSERT INTO event_participants (event_id, actor_id, role)
                     SELECT event_id, {targetId}, role FROM event_participants WHERE actor_id = {duplicateId}
                ON CONFLICT DO NOTHING;
                DELETE FROM event_participants WHERE actor_id = {duplicateId};
                UPDATE events SET location_actor_id = {targetId} WHERE location_actor_id = {duplicateId};
                UPDATE actor_aliases SET actor_id = {targetId}
                 WHERE actor_id = {duplicateId} AND key NOT IN (SELECT key FROM actor_aliases WHERE actor_id = {targetId});
                UPDATE actors SET merged_into_actor_id = {targetId} WHERE merged_into_actor_id = {duplicateId};
                """, ct);
            duplicate.MergedIntoActorId = targetId;
            audit.Record(user, "actor.merge", Target(duplicate), $"merged into actor {targetId} ({target.NameAr})");
            return EditResult.Ok;
        }, cancellationToken);

    /// <summary>Accepts a candidate proposed by the engine; its Arabic name becomes a spelling so it tags.</summary>
    public Task<EditResult> AcceptAsync(int actorId, string kind, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            if (await db.Actors.Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == actorId, ct) is not { } actor)
            {
                return NotFound;
            }
            if (actor.Status != ActorStatus.Candidate)
            {
                return new EditResult("هذا الفاعل ليس مرشحًا بانتظار المراجعة.");
            }
            if (string.IsNullOrWhiteSpace(kind) || kind.Length > 40)
            {
                return new EditResult("اختر نوع الفاعل.");
            }
            actor.Status = ActorStatus.Accepted;
            actor.Kind = kind.Trim();
            var key = ArabicNormalizer.Normalize(actor.NameAr);
            if (key.Length > 0 && !actor.Aliases.Any(a => a.Key == key))
            {
                actor.Aliases.Add(new ActorAlias { Text = actor.NameAr, Key = key, Kind = AliasKind.Name, AddedByAdmin = true });
            }
            audit.Record(user, "actor.accept", Target(actor), $"kind {actor.Kind}");
            return EditResult.Ok;
        }, cancellationToken);

    public Task<EditResult> RejectAsync(int actorId, string user, CancellationToken cancellationToken) =>
        EditAsync(async ct =>
        {
            if (await db.Actors.FindAsync([actorId], ct) is not { } actor)
            {
                return NotFound;
            }
            if (actor.Status != ActorStatus.Candidate)
            {
                return new EditResult("هذا الفاعل ليس مرشحًا بانتظار المراجعة.");
            }
            actor.Status = ActorStatus.Rejected;
            audit.Record(user, "actor.reject", Target(actor));
            return EditResult.Ok;
        }, cancellationToken);

    private static readonly EditResult NotFound = new("لا يوجد فاعل بهذا المعرّف.");

    private async Task<EditResult> EditAsync(Func<CancellationToken, Task<EditResult>> edit, CancellationToken cancellationToken)
    {
        EditResult? result = null;
        await AdminTransaction.RunAsync(db, async ct =>
        {
            result = await edit(ct);
            if (!result.Succeeded)
            {
                // Nothing of a refused edit is saved.
                db.ChangeTracker.Clear();
            }
            return 0;
        }, cancellationToken);
        if (result!.Succeeded)
        {
            gazetteers.Invalidate();
        }
        return result;
    }

    private static string? CheckName(string? name) => name?.Trim() switch
    {
        null or "" => "الاسم مطلوب.",
        { Length: > MaxNameLength } => $"الاسم أطول من {MaxNameLength} حرف.",
        var n when n.Contains('<') || n.Contains('>') => "الاسم لا يقبل الرمزين < و >.",
        _ => null,
    };

    private static string Target(Actor actor) => $"actor {actor.Id} ({actor.NameAr})";
}
