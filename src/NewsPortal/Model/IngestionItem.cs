namespace NewsPortal.Model;

public enum ItemKind
{
    /// <summary>Fetch (or read) one article page, extract, store, tag.</summary>
    Article = 0,

    /// <summary>Read a feed or sitemap and add its article URLs to the run.</summary>
    Discover = 1,

    /// <summary>Re-extract a stored article from its kept raw page, then re-tag it.</summary>
    Reextract = 2,

    /// <summary>Re-tag a stored article from its stored text.</summary>
    Retag = 3,

    /// <summary>Link a stored article's events with the same happenings reported elsewhere.</summary>
    Relink = 4,
}

public enum ItemState
{
    Pending = 0,
    Processing = 1,
    Succeeded = 2,
    /// <summary>Failed for good (not retryable: no article in the page, refused file…).</summary>
    Failed = 3,

    /// <summary>Gave up after the retry limit: waits for an admin.</summary>
    Parked = 4,

    /// <summary>Nothing to do (unchanged page, refused by robots.txt, duplicate).</summary>
    Skipped = 5,
}

public enum ItemStage
{
    /// <summary>The item's own work: fetch or read, extract and store; discover; re-extract; re-tag; re-link.</summary>
    Work = 0,

    /// <summary>The article is stored and tagging it is what is left: retried as tagging, never by fetching again.</summary>
    Tag = 1,
}

/// <summary>One URL or file within a run, with its attempts and last error.</summary>
public class IngestionItem
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public IngestionRun? Run { get; set; }

    public ItemKind Kind { get; set; }

    /// <summary>URL, file path, or article id (for re-extract and re-tag items).</summary>
    public required string Target { get; set; }

    public ItemStage Stage { get; set; }
    public ItemState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public long? ArticleId { get; set; }

    /// <summary>Until when a worker holds the item; an expired lease makes it claimable again.</summary>
    public DateTime? LeaseUntilUtc { get; set; }
    public string? LeasedBy { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
