
namespace NewsPortal.Model;

/// <summary>One article's report of an event: the sentence that justifies the tag.</summary>
public class EventMention
{
    public long Id { get; set; }
    public long EventId { get; set; }
    public Event? Event { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public int TriggerStart { get; set; }
    public int TriggerEnd { get; set; }

    /// <summary>Stable identity of this report across re-tagging: where admin decisions attach.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>The trigger word as written ("زار", "وقّع").</summary>
    public string? Trigger { get; set; }

    /// <summary>Who says so, as the article attributes it ("نقلت وكالة كيودو عن مسؤولين روس").</summary>
    public string? Attribution { get; set; }
}
