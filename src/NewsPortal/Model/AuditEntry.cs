namespace NewsPortal.Model;

/// <summary>Who did what, when: every admin action leaves one.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string User { get; set; }
    public required string Action { get; set; }

    /// <summary>What the action was on ("source 3", "event 120", "all articles").</summary>
    public required string Target { get; set; }

    public string? Details { get; set; }
}
