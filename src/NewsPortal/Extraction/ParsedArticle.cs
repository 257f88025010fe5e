using NewsPortal.Model;

namespace NewsPortal.Extraction;

/// <summary>What an extractor found in one page: the article without its furniture.</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }

    /// <summary>Paragraphs separated by a blank line.</summary>
    public required string Body { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Exact publish time with the page's own offset, when the page gives one.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public PublishDateSource PublishedFrom { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }
    public string Language { get; init; } = "ar";
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
