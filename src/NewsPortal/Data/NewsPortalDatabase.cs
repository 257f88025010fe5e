using Microsoft.EntityFrameworkCore;

namespace NewsPortal.Data;

public static class NewsPortalDatabase
{
    /// <summary>PostgreSQL with snake_case names and retries of transient failures, as every host and the migrations tool use it.</summary>
    public static DbContextOptionsBuilder UseNewsPortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithAutoPrepare(connectionString), npgsql => npgsql.EnableRetryOnFailure(3)).UseSnakeCaseNamingConvention();

    /// <summary>
    /// Npgsql prepares the statements a connection runs often, so PostgreSQL stops planning the
    /// reader pages' queries on every request. A connection string that says otherwise wins.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }
}
