namespace NewsPortal.Model;

public enum ItemKind
{
    /// <summary>Fetch one article page (<see cref="IngestionItem.Url"/>), extract, store, tag.</summary>
    Article = 0,

    /// <summary>Read a feed or sitemap (<see cref="IngestionItem.Url"/>) and add its article URLs to the run.</summary>
    Discover = 1,

    /// <summary>Re-extract a stored article (<see cref="IngestionItem.ArticleId"/>) from its kept raw page, then tag it if it changed.</summary>
    Reextract = 2,

    /// <summary>Re-tag a stored article (<see cref="IngestionItem.ArticleId"/>) from its stored text.</summary>
    Retag = 3,

    /// <summary>Link a stored article's events (<see cref="IngestionItem.ArticleId"/>) with the same happenings reported elsewhere.</summary>
    Relink = 4,

    /// <summary>Read one article file (<see cref="IngestionItem.FilePath"/>), store, tag.</summary>
    File = 5,
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

/// <summary>One URL, file or stored article within a run, with its attempts and last error.</summary>
public class IngestionItem
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public IngestionRun? Run { get; set; }

    /// <summary>What the item does, and so which of <see cref="Url"/>, <see cref="FilePath"/> and <see cref="ArticleId"/> it works on.</summary>
    public ItemKind Kind { get; set; }

    /// <summary>The page, feed or sitemap to fetch (article and discover items).</summary>
    public string? Url { get; set; }

    /// <summary>The full path of the file to read (file items).</summary>
    public string? FilePath { get; set; }

    /// <summary>
    /// The stored article: what re-extract, re-tag and re-link items work on; for the others, the
    /// article their page or file was stored as (their tagging stage tags it).
    /// </summary>
    public long? ArticleId { get; set; }

    public ItemStage Stage { get; set; }
    public ItemState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Until when a worker holds the item; an expired lease makes it claimable again.</summary>
    public DateTime? LeaseUntilUtc { get; set; }
    public string? LeasedBy { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>What the item works on, for people: its URL, file or article.</summary>
    public string Target => Url ?? FilePath ?? (ArticleId is { } id ? $"article {id}" : "");
}
