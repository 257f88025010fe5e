namespace NewsPortal.Model;

/// <summary>What the timeline filters an event by.</summary>
public interface ITimelineFacts
{
    string Type { get; }
    DateOnly? DateStart { get; }
    DateOnly? DateEnd { get; }
    EventStatus Status { get; }
    ReviewState Review { get; }
    EventScope Scope { get; }
    DateBasis DateBasis { get; }
}

/// <summary>
/// An actor's place on the timeline: one row per actor per event they take part in or host, with
/// the event's filter facts copied, so "this actor's visits in 2023" is one index range however many
/// events the actor has. Kept by database triggers on events and participants (table actor_timeline);
/// the application only reads it.
/// </summary>
public class ActorTimelineEntry : ITimelineFacts
{
    public int ActorId { get; private set; }
    public long EventId { get; private set; }
    public string Type { get; private set; } = "";
    public DateOnly? DateStart { get; private set; }
    public DateOnly? DateEnd { get; private set; }
    public EventStatus Status { get; private set; }
    public ReviewState Review { get; private set; }
    public EventScope Scope { get; private set; }
    public DateBasis DateBasis { get; private set; }
}
