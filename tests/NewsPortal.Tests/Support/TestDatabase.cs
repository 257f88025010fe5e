using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;
using Npgsql;

namespace NewsPortal.Tests.Support;

/// <summary>
/// A fresh, migrated database on the real PostgreSQL that scripts/test starts. The schema is built
/// once per run into a template through the EF migrations; each test database is a copy of it.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? templateName;

    public string Name { get; } = $"np_test_{Guid.NewGuid():N}";
    public string ConnectionString { get; private set; } = "";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("NEWSPORTAL_TEST_DB")
        ?? throw new InvalidOperationException(
            "NEWSPORTAL_TEST_DB is not set: run the tests with scripts/test, which starts PostgreSQL.");

    public async Task InitializeAsync()
    {
        var template = await EnsureTemplateAsync();
        await ExecuteAsync($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
        ConnectionString = WithDatabase(Name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    public NewsPortalDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
        options.UseNewsPortalDatabase(ConnectionString);
        return new NewsPortalDbContext(options.Options);
    }

    /// <summary>An empty database with no migrations applied, for the migration test itself.</summary>
    public static async Task<string> CreateEmptyAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return WithDatabase(name);
    }

    public static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (templateName is not null)
            {
                return templateName;
            }
            // Test projects run in parallel processes: a server-wide lock keeps one builder at a time.
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(4242)", connection))
            {
                await lockCommand.ExecuteNonQueryAsync();
            }
            var name = $"np_template_{MigrationsFingerprint()}";
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection))
            {
                exists.Parameters.AddWithValue("n", name);
                if (await exists.ExecuteScalarAsync() is null)
                {
                    await ExecuteAsync($"CREATE DATABASE \"{name}\"");
                    var options = new DbContextOptionsBuilder<NewsPortalDbContext>();
                    options.UseNewsPortalDatabase(WithDatabase(name));
                    await using (var db = new NewsPortalDbContext(options.Options))
                    {
                        await db.Database.MigrateAsync();
                    }
                    NpgsqlConnection.ClearAllPools();
                }
            }
            await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4242)", connection))
            {
                await unlock.ExecuteNonQueryAsync();
            }
            templateName = name;
            return name;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static string MigrationsFingerprint()
    {
        // Migration ids (timestamped), not class names: a re-created "Initial" is another schema. The
        // library's build id too (deterministic: it changes with the code), so a migration edited in
        // place during development is not served from a stale template.
        var ids = typeof(NewsPortalDbContext).Assembly.ManifestModule.ModuleVersionId + ";" + string.Join(",", typeof(NewsPortalDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
                .OfType<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().FirstOrDefault()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ids));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
