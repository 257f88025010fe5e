using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Admin;

internal static class AdminTransaction
{
    /// <summary>
    /// Runs an admin action and its audit entry as one unit. The retrying execution strategy does
    /// not allow a bare transaction, so the whole unit goes through it (and is retried whole).
    /// </summary>
    public static Task<T> RunAsync<T>(NewsPortalDbContext db, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await action(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
