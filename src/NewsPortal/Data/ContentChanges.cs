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
/// </summary>
public sealed partial class ContentChanges(string connectionString, ILogger<ContentChanges> logger) : BackgroundService
{
    public const string Channel = "newsportal_content";

    /// <summary>What <see cref="Changed"/> reports when any table may have changed (on every (re)connect).</summary>
    public const string AnyTable = "*";

    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);
    private long version;
    private volatile bool live;

    /// <summary>Raised on the listener's thread with the changed table's name; handlers must be quick.</summary>
    public event Action<string>? Changed;

    public long Version => Interlocked.Read(ref version);

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
        connection.Notification += (_, e) => Announce(e.Payload, nowLive: true);
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

    private void Announce(string table, bool nowLive)
    {
        Interlocked.Increment(ref version);
        live = nowLive;
        try
        {
            Changed?.Invoke(table);
        }
        catch (Exception e)
        {
            LogHandlerFailed(logger, e, table);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for content changes")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content change listener down; caches bypassed; retrying in {Delay}")]
    private static partial void LogListenerDown(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "A content change handler failed for {Table}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string table);
}
