using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsPortal.Actors;
using NewsPortal.Analysis.Actors;
using NewsPortal.Data;
using NewsPortal.Model;
using NewsPortal.Tests.Support;
using Npgsql;

namespace NewsPortal.Tests.Data;

public sealed class ContentChangesTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly TestDatabase database = new();
    private readonly ConcurrentQueue<(string Table, bool Live)> announced = new();
    private ContentChanges changes = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        // Every commit at once here; taking bursts in together has its own tests below.
        changes = new ContentChanges(database.ConnectionString, NullLogger<ContentChanges>.Instance, TimeSpan.Zero);
        changes.Changed += table => announced.Enqueue((table, changes.IsLive));
        await changes.StartAsync(CancellationToken.None);
        await UntilAsync(() => changes.IsLive, "the listener goes live");
    }

    public async Task DisposeAsync()
    {
        await changes.StopAsync(CancellationToken.None);
        await database.DisposeAsync();
    }

    public void Dispose() => changes.Dispose();

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Timeout, $"expected: {what}");
            await Task.Delay(20);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_change_is_announced_with_its_table_only_once_its_transaction_commits()
    {
        var before = changes.Version;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "UPDATE sources SET name = name");
        // A notice would be delivered within milliseconds; give it ample time not to come.
        await Task.Delay(500);
        Assert.DoesNotContain(announced, a => a.Table == "sources");
        Assert.Equal(before, changes.Version);

        await transaction.CommitAsync();

        await UntilAsync(() => announced.Any(a => a.Table == "sources"), "sources announced after the commit");
        Assert.True(changes.Version > before);
    }

    [Fact]
    public async Task A_rolled_back_change_is_never_announced()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "UPDATE sources SET name = name");
            await transaction.RollbackAsync();
        }
        // Something committed afterwards, to know the notices have caught up.
        await ExecuteAsync(connection, "UPDATE actors SET name_en = name_en WHERE false");

        await UntilAsync(() => announced.Any(a => a.Table == "actors"), "the later change announced");
        Assert.DoesNotContain(announced, a => a.Table == "sources");
    }

    [Fact]
    public async Task Tables_readers_do_not_see_are_not_announced()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "DELETE FROM audit_entries WHERE false");
        await ExecuteAsync(connection, "DELETE FROM ingestion_items WHERE false");
        await ExecuteAsync(connection, "DELETE FROM mentions WHERE false");

        await UntilAsync(() => announced.Any(a => a.Table == "mentions"), "mentions announced");
        Assert.DoesNotContain(announced, a => a.Table is "audit_entries" or "ingestion_items");
    }

    [Fact]
    public async Task When_the_listening_connection_is_lost_it_reports_not_live_then_reconnects_and_announces_that_anything_may_have_changed()
    {
        announced.Clear();
        await using (var db = database.CreateContext())
        {
            var killed = await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%') t")
                .SingleAsync();
            Assert.Equal(1, killed);
        }

        await UntilAsync(() => announced.Any(a => a is { Table: ContentChanges.AnyTable, Live: false }), "a not-live notice");
        await UntilAsync(() => announced.Any(a => a is { Table: ContentChanges.AnyTable, Live: true }), "back live");
        Assert.True(changes.IsLive);
        var sequence = announced.ToList();
        Assert.True(sequence.FindIndex(a => !a.Live) < sequence.FindLastIndex(a => a.Live));
    }

    [Fact]
    public async Task A_burst_of_commits_becomes_one_new_version_at_the_end_of_the_interval_and_loses_no_table()
    {
        var interval = TimeSpan.FromSeconds(2);
        using var paced = new ContentChanges(database.ConnectionString, NullLogger<ContentChanges>.Instance, interval);
        var seen = new ConcurrentQueue<(string Table, long Version, TimeSpan At)>();
        var clock = Stopwatch.StartNew();
        paced.Changed += table => seen.Enqueue((table, paced.Version, clock.Elapsed));
        await paced.StartAsync(CancellationToken.None);
        try
        {
            await UntilAsync(() => paced.IsLive, "the listener goes live");
            seen.Clear();
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();

            // A change after a quiet spell counts at once.
            var first = clock.Elapsed;
            await ExecuteAsync(connection, "UPDATE sources SET name = name");
            await UntilAsync(() => seen.Any(s => s.Table == "sources"), "the first change announced");
            Assert.True(seen.Single().At - first < interval, "the first change waited for the interval");
            var afterFirst = paced.Version;

            // The next ones, within the interval, wait for its end and count as one version.
            await ExecuteAsync(connection, "UPDATE events SET summary = summary");
            await ExecuteAsync(connection, "UPDATE actors SET name_en = name_en");
            await ExecuteAsync(connection, "UPDATE events SET summary = summary");
            await Task.Delay(interval / 4);
            Assert.Equal(afterFirst, paced.Version);

            await UntilAsync(() => seen.Any(s => s.Table == "actors") && seen.Any(s => s.Table == "events"), "the burst announced");
            var burst = seen.Where(s => s.Table != "sources").ToList();
            Assert.Equal(["actors", "events"], burst.Select(s => s.Table).Order());
            Assert.All(burst, s => Assert.Equal(afterFirst + 1, s.Version));
            Assert.All(burst, s => Assert.True(s.At - seen.First().At >= interval * 0.9, "announced before the interval ended"));
        }
        finally
        {
            await paced.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task An_aggregate_read_from_the_actor_tables_outlives_a_change_to_events_and_is_renewed_after_a_change_to_actors()
    {
        using var memory = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
        var aggregates = new NewsPortal.Reading.AggregateCache(memory, changes);
        // Handlers run in the order added: once this one has seen a table, the cache has too.
        var seen = new ConcurrentQueue<string>();
        changes.Changed += seen.Enqueue;
        await using var db = database.CreateContext();
        var computed = 0;
        Task<int> Read() => aggregates.GetAsync(db, "names", NewsPortal.Reading.AggregateCache.ActorTables, () => Task.FromResult(++computed), CancellationToken.None);
        Task<int> ReadAnyTable() => aggregates.GetAsync(db, "counts", () => Task.FromResult(++computed), CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(1, await Read());
        Assert.Equal(2, await ReadAnyTable());
        await ExecuteAsync(connection, "UPDATE events SET summary = summary WHERE false");
        await UntilAsync(() => seen.Contains("events"), "events announced");
        Assert.Equal(1, await Read());
        // An aggregate not scoped to tables is renewed by any change.
        Assert.Equal(3, await ReadAnyTable());

        await ExecuteAsync(connection, "UPDATE actor_aliases SET text = text WHERE false");
        await UntilAsync(() => seen.Contains("actor_aliases"), "actor_aliases announced");
        Assert.Equal(4, await Read());
        Assert.Equal(4, await Read());
    }

    [Fact]
    public async Task The_gazetteer_sees_an_alias_added_by_another_process_without_a_restart()
    {
        await using (var db = database.CreateContext())
        {
            await new ActorCatalog(db).SyncFromLexiconAsync(Gazetteer.ReadEmbedded());
        }
        var services = new ServiceCollection();
        services.AddSingleton(changes);
        services.AddScoped(_ => database.CreateContext());
        services.AddScoped<ActorCatalog>();
        services.AddSingleton<GazetteerProvider>();
        await using var provider = services.BuildServiceProvider();
        var gazetteers = provider.GetRequiredService<GazetteerProvider>();
        Assert.Empty((await gazetteers.GetAsync()).Resolve("أبو الصواريخ"));

        // Another process (the CLI, another instance) adds the alias straight in the database.
        await using (var other = database.CreateContext())
        {
            var kim = await other.Actors.Include(a => a.Aliases).SingleAsync(a => a.Key == "np:person/kim-jong-un");
            kim.Aliases.Add(new ActorAlias { Text = "أبو الصواريخ", Key = NewsPortal.Analysis.Text.ArabicNormalizer.Normalize("أبو الصواريخ"), Kind = AliasKind.Name, AddedByAdmin = true });
            await other.SaveChangesAsync();
        }

        var waited = Stopwatch.StartNew();
        while ((await gazetteers.GetAsync()).Resolve("أبو الصواريخ").Count == 0)
        {
            Assert.True(waited.Elapsed < Timeout, "the new alias never reached the gazetteer");
            await Task.Delay(20);
        }
    }
}
