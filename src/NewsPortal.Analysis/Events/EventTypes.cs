namespace NewsPortal.Analysis.Events;

/// <summary>The event types the engine emits, in lexicon order (Lexicon/events.json): the one list pages and editors offer.</summary>
public static class EventTypes
{
    public static IReadOnlyList<EventTypeEntry> All => EventLexicon.LoadDefault().Types;

    /// <summary>The entry of a type, or null for a type the engine does not know (e.g. one stored before a rename).</summary>
    public static EventTypeEntry? Find(string type) => All.FirstOrDefault(t => t.Type == type);
}
