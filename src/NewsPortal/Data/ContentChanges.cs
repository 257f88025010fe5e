using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NewsPortal.Data;

/// <summary>
/// Listens on the <c>newsportal_content</c> channel (see the ContentChangeNotifications migration)
/// and turns each committed change to reader-visible tables into a new <see cref="Version"/>.
/// Caches key their entries by the version, so a change from any process is seen by every instance.
/// While the listening connection is down nobody can know what changed: <see cref="IsLive"/> is
/// false and caches must not serve what they hold.
/// <para>
/// A burst of changes (an ingestion run commits once per article) would empty the caches every
/// time; so the first change after a quiet <see cref="MinInterval"/> counts at once (an editor's
/// correction shows on the next view) and later ones count together at the end of that interval:
/// a reader's page is never more than <see cref="MinInterval"/> behind, and nothing is lost.
/// </para>
/// </summary>
public sealed partial class ContentChanges : BackgroundService
{
    public const string Channel = "newsportal_content";

    /// <summary>What <see cref="Changed"/> reports when any table may have changed (on every (re)connect).</summary>
    public const string AnyTable = "*";

    public static readonly TimeSpan DefaultMinInterval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);
    private readonly string connectionString;
    private readonly ILogger<ContentChanges> logger;
    private readonly Lock gate = new();
    private readonly HashSet<string> pending = [];
    private readonly Timer flushTimer;
    private long? lastAnnounced;
    private bool flushScheduled;
    private long version;
    private long versionSince = Environment.TickCount64;
    private volatile bool live;

    public ContentChanges(string connectionString, ILogger<ContentChanges> logger, TimeSpan? minInterval = null)
    {
        this.connectionString = connectionString;
        this.logger = logger;
        MinInterval = minInterval ?? DefaultMinInterval;
        flushTimer = new Timer(_ => Flush());
    }

    /// <summary>The shortest time between two new versions while changes keep coming.</summary>
    public TimeSpan MinInterval { get; }

    /// <summary>Raised on the listener's thread with the changed table's name; handlers must be quick.</summary>
    public event Action<string>? Changed;

    public long Version => Interlocked.Read(ref version);

    /// <summary>How long <see cref="Version"/> has been the newest (a page cache bounds how long it serves the one before by this).</summary>
    public TimeSpan VersionAge => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref versionSince));

    public bool IsLive => live;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogListenerDown(logger, e, delay);
                Announce(AnyTable, nowLive: false);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxReconnectDelay.Ticks));
                continue;
            }
        }
        Announce(AnyTable, nowLive: false);
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own unpooled connection, held for the process's life; keepalives notice a dead peer
        // that would otherwise leave us "listening" to nothing.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15, TcpKeepAlive = true };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => OnNotice(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        // Whatever changed while nobody listened is unknown: treat everything as changed.
        Announce(AnyTable, nowLive: true);
        LogListening(logger);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void OnNotice(string table)
    {
        lock (gate)
        {
            var now = Environment.TickCount64;
            var interval = (long)MinInterval.TotalMilliseconds;
            if (flushScheduled || (lastAnnounced is { } last && now - last < interval))
            {
                pending.Add(table);
                if (!flushScheduled)
                {
                    flushScheduled = true;
                    flushTimer.Change(TimeSpan.FromMilliseconds(Math.Max(0, lastAnnounced!.Value + interval - now)), Timeout.InfiniteTimeSpan);
                }
                return;
            }
            lastAnnounced = now;
        }
        Announce([table], nowLive: true);
    }

    private void Flush()
    {
        List<string> tables;
        lock (gate)
        {
            tables = [.. pending];
            pending.Clear();
            flushScheduled = false;
            lastAnnounced = Environment.TickCount64;
        }
        if (tables.Count > 0)
        {
            Announce(tables, nowLive: live);
        }
    }

    private void Announce(string table, bool nowLive) => Announce([table], nowLive);

    private void Announce(IReadOnlyList<string> tables, bool nowLive)
    {
        Interlocked.Exchange(ref versionSince, Environment.TickCount64);
        Interlocked.Increment(ref version);
        live = nowLive;
        foreach (var table in tables)
        {
            try
            {
                Changed?.Invoke(table);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e, table);
            }
        }
    }

    public override void Dispose()
    {
        flushTimer.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for content changes")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content change listener down; caches bypassed; retrying in {Delay}")]
    private static partial void LogListenerDown(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "A content change handler failed for {Table}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string table);
}
