using NpgsqlTypes;

namespace NewsPortal.Model;

/// <summary>One news article: the clean text, where it came from, and the raw page kept for re-extraction.</summary>
public class Article
{
    public long Id { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>The URL the article was fetched from (or the file it was imported from).</summary>
    public string? Url { get; set; }

    /// <summary>Canonical URL: one article per canonical URL.</summary>
    public string? CanonicalUrl { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }
    public string? Publisher { get; set; }
    public string? Author { get; set; }

    /// <summary>Publish day as the publisher states it.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Publish instant in UTC, when the page gives a time.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    /// <summary>The page's own UTC offset, in minutes, kept so the local time can be shown.</summary>
    public int? PublishedUtcOffsetMinutes { get; set; }

    public PublishDateSource PublishedFrom { get; set; }
    public DateTime FetchedAtUtc { get; set; }
    public required string Language { get; set; }

    /// <summary>SHA-256 of the normalized body: identifies an article that has no URL.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The raw page, Brotli-compressed, so a rule change can re-extract without re-fetching.</summary>
    public byte[]? RawPage { get; set; }

    /// <summary>Validators of the last fetch, sent back so an unchanged page is not downloaded again.</summary>
    public string? HttpETag { get; set; }
    public DateTimeOffset? HttpLastModified { get; set; }

    public string? RawContentType { get; set; }

    /// <summary>Normalized title and body (ArabicNormalizer), the input of the full-text index.</summary>
    public string SearchText { get; set; } = "";
    public NpgsqlTsVector? SearchVector { get; set; }

    /// <summary>SimHash of the body's words: near-duplicate bodies differ in few bits.</summary>
    public long? BodySimHash { get; set; }

    /// <summary>Set when this body is a near-duplicate (wire copy) of another outlet's article.</summary>
    public long? CopyOfArticleId { get; set; }

    /// <summary>How much the article is about the timeline's focus (0–1), and why, in words.</summary>
    public double? Relevance { get; set; }
    public string? RelevanceReason { get; set; }

    /// <summary>On topic as readers see it: the score's verdict unless an admin decided otherwise.</summary>
    public bool OnTopic { get; set; } = true;

    /// <summary>An admin's decision on the article's topic; kept through re-tagging and re-ingestion.</summary>
    public TopicDecision? TopicDecision { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
