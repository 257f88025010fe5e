namespace NewsPortal.Model;

/// <summary>A position an actor held over a period (Shoigu: defence minister until 2024-05).</summary>
public class ActorRole
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public required string Title { get; set; }
    public string? OrganizationKey { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
