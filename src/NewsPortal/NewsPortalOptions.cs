namespace NewsPortal;

public sealed class NewsPortalOptions
{
    public const string Section = "NewsPortal";

    /// <summary>Folder of sample articles imported on first start (empty database).</summary>
    public string? SampleCorpusPath { get; set; }

    public bool ImportSamplesOnFirstStart { get; set; } = true;
}
