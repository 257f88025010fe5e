
namespace NewsPortal.Model;

public enum RunState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Cancelled = 3,
}

public enum RunKind
{
    Import = 0,
    Fetch = 1,
    Reextract = 2,
    Retag = 3,

    /// <summary>Link stage alone: reports of one happening in several articles become one event.</summary>
    Relink = 4,
}

/// <summary>One pass over a source (or files): its items carry the per-article state.</summary>
public class IngestionRun
{
    public long Id { get; set; }
    public RunKind Kind { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public RunState State { get; set; }
    public string? RequestedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public List<IngestionItem> Items { get; set; } = [];
}
