using NewsPortal.Model;

namespace NewsPortal.Extraction.Html;

/// <summary>What the extractor read from one HTML page. Body is plain text, paragraphs separated by a blank line.</summary>
public sealed record ExtractedArticle
{
    public Uri? Url { get; init; }
    public Uri? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The element or field the publish date was read from, for logs and reports.</summary>
    public string? PublishedSource { get; init; }
    public PublishDateSource PublishedFrom { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }
    public string Direction { get; init; } = "ltr";
    public Uri? LeadImage { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>True when a body was found; a page with no article has an empty body.</summary>
    public bool HasBody => Body.Length > 0;
}
