using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Admin;

/// <summary>Records admin actions in the database, in the same unit of work as the action.</summary>
public sealed class AuditLog(NewsPortalDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry; it is saved with the caller's next SaveChanges.</summary>
    public void Record(string user, string action, string target, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            User = Truncate(user, 200),
            Action = Truncate(action, 100),
            Target = Truncate(target, 300),
            Details = details is null ? null : Truncate(details, 4000),
        });

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
