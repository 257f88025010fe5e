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

/// <summary>Who acts (Source, CAMEO's actor 1) and on whom or with whom (Target, actor 2).</summary>
public enum ParticipantRole
{
    Source,
    Target,
}

/// <summary>An actor taking part in an event; <see cref="ActorId"/> is the public id (Wikidata when verified).</summary>
public sealed record EventParticipant(string ActorId, string OwnId, ParticipantRole Role);

/// <summary>A sub-act of an event (the talks of a visit, what a statement says) with its own CAMEO code and trigger span.</summary>
public sealed record EventFacet(string Type, string Cameo, string Trigger, int TriggerStart, int TriggerEnd);

/// <summary>A place in the body that refers to the event: its sentence [Start, End) and the referring words [TriggerStart, TriggerEnd).</summary>
public sealed record EventReference(int Start, int End, int TriggerStart, int TriggerEnd);

/// <summary>
/// One happening of an article, first found in a sentence (later mentions add to it). Spans [Start, End) of the evidence sentence and of the trigger
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
    int TriggerEnd)
{
    /// <summary>Sub-acts folded into this event: same happening, other CAMEO codes.</summary>
    public IReadOnlyList<EventFacet> Facets { get; init; } = [];

    /// <summary>Every span of the article that refers to this happening, the first one included.</summary>
    public IReadOnlyList<EventReference> Mentions { get; init; } = [];

    /// <summary>Index, in the article's event list, of the statement that reports this event; null when the text states it directly.</summary>
    public int? ReportedBy { get; init; }
}
