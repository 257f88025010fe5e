namespace NewsPortal.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Run the background worker in this process (web and worker instances may share one database).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Items one worker processes at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claimed item stays with its worker; a crashed worker's items return after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before an item is parked for an admin.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry delay; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A server's Retry-After up to this long is waited for (the item's next attempt is put after
    /// it); a longer one parks the item at once with that reason, for an admin to retry later.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often an idle worker looks for work and due sources.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
