namespace NewsPortal.Model;

/// <summary>How an alias names its actor; mirrors the lexicon's fields.</summary>
public enum AliasKind
{
    /// <summary>A full Arabic name.</summary>
    Name = 0,

    /// <summary>A word that stands for the actor (الكرملين).</summary>
    Metonym = 1,

    /// <summary>A masculine singular nisba adjective (الروسي); other forms are derived.</summary>
    Nisba = 2,

    /// <summary>An English name or abbreviation.</summary>
    English = 3,

    /// <summary>A short form (كيم) that counts only after a full mention.</summary>
    ShortName = 4,

    /// <summary>An irregular nisba form (الروس).</summary>
    NisbaForm = 5,
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

    /// <summary>Removed by an admin: kept as a row so the lexicon sync does not bring it back.</summary>
    public bool Suppressed { get; set; }
}
