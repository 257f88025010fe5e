namespace NewsPortal.Actors;

public enum AliasKind
{
    Name = 0,
    Metonym = 1,
    Nisba = 2,
    English = 3,
}

/// <summary>One spelling of an actor's name, with its normalized match key.</summary>
public class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public required string Text { get; set; }

    /// <summary>ArabicNormalizer key: what search and tagging compare.</summary>
    public required string Key { get; set; }

    public AliasKind Kind { get; set; }

    /// <summary>True when an admin added it (kept across gazetteer reloads).</summary>
    public bool AddedByAdmin { get; set; }
}
