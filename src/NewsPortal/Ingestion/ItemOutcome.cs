using NewsPortal.Model;

namespace NewsPortal.Ingestion;

/// <summary>How processing one item ended.</summary>
public sealed record ItemOutcome(ItemState State, long? ArticleId = null, string? Message = null, bool Retryable = false, DateTimeOffset? RetryAt = null)
{
    public static ItemOutcome Stored(long articleId) => new(ItemState.Succeeded, articleId);

    /// <summary>Stored (added or changed): the item goes on to its tagging stage.</summary>
    public static ItemOutcome ToTag(long articleId) => new(ItemState.Processing, articleId);

    public bool TagNext => State == ItemState.Processing;

    public static ItemOutcome Done() => new(ItemState.Succeeded);

    public static ItemOutcome Skip(string reason, long? articleId = null) => new(ItemState.Skipped, articleId, reason);

    /// <summary>A failure that another attempt will not fix (no article in the page, refused file).</summary>
    public static ItemOutcome Refuse(string reason) => new(ItemState.Failed, null, reason);

    /// <summary>A failure worth retrying (timeout, 5xx, 429), not before <paramref name="retryAt"/> when the server said so.</summary>
    public static ItemOutcome Retry(string reason, DateTimeOffset? retryAt = null) => new(ItemState.Failed, null, reason, Retryable: true, RetryAt: retryAt);
}
