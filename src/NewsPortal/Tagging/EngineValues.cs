using Engine = NewsPortal.Analysis;

namespace NewsPortal.Tagging;

/// <summary>
/// The one mapping from the engine's enums to the stored ones. The stored enums keep their own
/// numbers (they are columns) and an Unknown the engine never reports; every engine value maps here.
/// </summary>
public static class EngineValues
{
    public static Model.DatePrecision Stored(Engine.Dates.DatePrecision precision) => precision switch
    {
        Engine.Dates.DatePrecision.Day => Model.DatePrecision.Day,
        Engine.Dates.DatePrecision.Month => Model.DatePrecision.Month,
        Engine.Dates.DatePrecision.Year => Model.DatePrecision.Year,
        Engine.Dates.DatePrecision.Range => Model.DatePrecision.Range,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "An engine precision without a stored one."),
    };

    public static Model.EventStatus Stored(Engine.Events.EventStatus status) => status switch
    {
        Engine.Events.EventStatus.Happened => Model.EventStatus.Happened,
        Engine.Events.EventStatus.Planned => Model.EventStatus.Planned,
        Engine.Events.EventStatus.Alleged => Model.EventStatus.Alleged,
        Engine.Events.EventStatus.Denied => Model.EventStatus.Denied,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An engine status without a stored one."),
    };

    /// <summary>The engine's Source (CAMEO's actor 1) is the stored Actor.</summary>
    public static Model.ParticipantRole Stored(Engine.Events.ParticipantRole role) => role switch
    {
        Engine.Events.ParticipantRole.Source => Model.ParticipantRole.Actor,
        Engine.Events.ParticipantRole.Target => Model.ParticipantRole.Target,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "An engine role without a stored one."),
    };
}
