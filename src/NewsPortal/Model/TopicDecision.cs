namespace NewsPortal.Model;

/// <summary>What an admin decided about an article's place on the timeline.</summary>
public enum TopicDecision
{
    OnTopic = 0,
    OffTopic = 1,

    /// <summary>Kept in the database, shown nowhere to readers.</summary>
    Hidden = 2,
}
