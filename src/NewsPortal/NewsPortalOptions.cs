namespace NewsPortal;

public sealed class NewsPortalOptions
{
    public const string Section = "NewsPortal";

    /// <summary>Folder of sample articles imported on first start (empty database).</summary>
    public string? SampleCorpusPath { get; set; }

    public bool ImportSamplesOnFirstStart { get; set; } = true;

    /// <summary>First administrator, created on start when no admin exists (e.g. NewsPortal__AdminEmail).</summary>
    public string? AdminEmail { get; set; }

    /// <summary>Its password, from configuration or a secret store; there is no default.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>
    /// While changes keep coming (an ingestion run), caches take them in at most this often; a
    /// change after a quiet spell counts at once. Zero: every commit at once.
    /// </summary>
    public TimeSpan ContentChangeInterval { get; set; } = Data.ContentChanges.DefaultMinInterval;
}
