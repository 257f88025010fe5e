using Microsoft.EntityFrameworkCore;

namespace NewsPortal.Data;

public static class NewsPortalDatabase
{
    /// <summary>PostgreSQL with snake_case names and retries of transient failures, as every host and the migrations tool use it.</summary>
    public static DbContextOptionsBuilder UseNewsPortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithAutoPrepare(connectionString), npgsql => npgsql.EnableRetryOnFailure(3)).UseSnakeCaseNamingConvention();

    /// <summary>
    /// Npgsql prepares the statements a connection runs often, so PostgreSQL stops planning the
    /// reader pages' queries on every request. And a pooled connection is handed back without the
    /// session reset (RESET ALL, UNLISTEN *, DISCARD …) PostgreSQL would otherwise run before every
    /// query, since EF Core opens the connection per query: this code sets no session state (only
    /// SET LOCAL, which ends with its transaction; the change listener has its own unpooled
    /// connection). A connection string that says otherwise wins.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var compact = connectionString.Replace(" ", "", StringComparison.Ordinal);
        if (!compact.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!compact.Contains("ResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
