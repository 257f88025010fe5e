namespace NewsPortal.Model;

public enum SourceKind
{
    Feed = 0,
    Sitemap = 1,
    ArticleUrl = 2,
    Files = 3,
}

/// <summary>Where articles come from: a feed, a sitemap, one article URL, or a folder of files.</summary>
public class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public SourceKind Kind { get; set; }

    /// <summary>Feed/sitemap/article URL, or a file path for <see cref="SourceKind.Files"/>.</summary>
    public required string Location { get; set; }

    public bool Enabled { get; set; } = true;
    public int IntervalMinutes { get; set; } = 60;
    public DateTime? LastRunAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
