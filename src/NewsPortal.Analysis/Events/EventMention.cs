using NewsPortal.Analysis.Dates;

namespace NewsPortal.Analysis.Events;

/// <summary>Whether the text reports the event as done, to come, claimed by someone, or denied.</summary>
public enum EventStatus
{
    Happened,
    Planned,
    Alleged,
    Denied,
}

/// <summary>Who acts (Actor) and on whom or with whom (Target).</summary>
public enum ParticipantRole
{
    Actor,
    Target,
}

/// <summary>An actor taking part in an event; <see cref="ActorId"/> is the public id (Wikidata when verified).</summary>
public sealed record EventParticipant(string ActorId, string OwnId, ParticipantRole Role);

/// <summary>
/// One event found in a sentence. Spans [Start, End) of the evidence sentence and of the trigger
/// index the original body. <see cref="Source"/> is who says so, as written; <see cref="SourceActorId"/>
/// is set when that source is a known actor.
/// </summary>
public sealed record EventMention(
    string Type,
    string Cameo,
    string? Date,
    DatePrecision? DatePrecision,
    EventStatus Status,
    IReadOnlyList<EventParticipant> Participants,
    string? LocationId,
    string? Source,
    string? SourceActorId,
    string Evidence,
    int Start,
    int End,
    string Trigger,
    int TriggerStart,
    int TriggerEnd);
