
namespace NewsPortal.Model;

public enum DatePrecision
{
    Unknown = 0,
    Day = 1,
    Month = 2,
    Year = 3,
    Range = 4,
}

public enum EventStatus
{
    Happened = 0,
    Planned = 1,
    Alleged = 2,
    Denied = 3,
}

/// <summary>Where the date of an event comes from.</summary>
public enum DateBasis
{
    /// <summary>The article states when it happened.</summary>
    Stated = 0,

    /// <summary>No date of its own: placed on the day the article reported it.</summary>
    Reported = 1,
}

/// <summary>Which timeline shows an event.</summary>
public enum EventScope
{
    /// <summary>The default timeline: involves the focus, reported in an on-topic article.</summary>
    Focus = 0,

    /// <summary>Only under "all events".</summary>
    Other = 1,

    /// <summary>Reported only in articles an admin hid.</summary>
    Hidden = 2,
}

public enum ReviewState
{
    Unreviewed = 0,
    Confirmed = 1,
    Corrected = 2,
    Rejected = 3,
}

/// <summary>
/// A happening on the timeline (a visit, a treaty, sanctions…). Several articles may report it:
/// each report is an <see cref="EventMention"/> with its evidence sentence.
/// </summary>
public class Event : ITimelineFacts
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string Cameo { get; set; }

    /// <summary>First day the date covers; with <see cref="Precision"/> Month it is the 1st.</summary>
    public DateOnly? DateStart { get; set; }
    public DateOnly? DateEnd { get; set; }
    public DatePrecision Precision { get; set; }
    public DateBasis DateBasis { get; set; }
    public EventStatus Status { get; set; }
    public EventScope Scope { get; set; }
    public int? LocationActorId { get; set; }
    public Actor? Location { get; set; }

    /// <summary>One line, from the evidence sentence of the first report.</summary>
    public required string Summary { get; set; }

    public ReviewState Review { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public List<EventParticipant> Participants { get; set; } = [];
    public List<EventMention> Mentions { get; set; } = [];
}
