namespace NewsPortal.Model;

/// <summary>
/// An admin's correction of an article's title, publisher, source URL or publish date. Kept apart
/// from the article so that re-ingestion and re-extraction apply it again instead of overwriting
/// it; a null field leaves that field to extraction.
/// </summary>
public class ArticleDecision
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime DecidedAtUtc { get; set; }
}
