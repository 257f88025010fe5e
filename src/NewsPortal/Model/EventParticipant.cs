
namespace NewsPortal.Model;

public enum ParticipantRole
{
    /// <summary>Who acts.</summary>
    Actor = 0,

    /// <summary>On whom, or with whom.</summary>
    Target = 1,
}

public class EventParticipant
{
    public long EventId { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public ParticipantRole Role { get; set; }
}
