namespace NewsPortal.Model;

public enum DecisionAction
{
    Confirm = 0,
    Correct = 1,
    Reject = 2,
}

/// <summary>
/// An admin's verdict on a reported event, keyed by the report's fingerprint (article + type +
/// evidence sentence) so that re-tagging and re-ingestion apply it again instead of overwriting it.
/// </summary>
public class EventDecision
{
    public long Id { get; set; }
    public required string Fingerprint { get; set; }
    public DecisionAction Action { get; set; }
    public string? Type { get; set; }
    public string? Cameo { get; set; }
    public DateOnly? DateStart { get; set; }
    public DateOnly? DateEnd { get; set; }
    public DatePrecision? Precision { get; set; }
    public EventStatus? Status { get; set; }

    /// <summary>Corrected participants as actor keys; null keeps the engine's.</summary>
    public List<string>? ActorKeys { get; set; }

    /// <summary>Split: this report is a happening of its own, never linked to another outlet's.</summary>
    public bool KeepApart { get; set; }

    /// <summary>Merge: this report belongs to the happening of the report with this fingerprint.</summary>
    public string? JoinFingerprint { get; set; }

    public required string DecidedBy { get; set; }
    public DateTime DecidedAtUtc { get; set; }
}
