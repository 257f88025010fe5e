namespace NewsPortal.Model;

public enum ActorStatus
{
    Accepted = 0,

    /// <summary>Proposed by the engine (a titled person not in the gazetteer), awaiting an admin.</summary>
    Candidate = 1,
    Rejected = 2,
}

/// <summary>A person, state, organization, place, weapon or agreement that articles mention.</summary>
public class Actor
{
    public int Id { get; set; }

    /// <summary>The project's own stable id (e.g. <c>np:person/sergei-shoigu</c>); never changes.</summary>
    public required string Key { get; set; }

    /// <summary>Wikidata ID, only when verified.</summary>
    public string? WikidataId { get; set; }

    public required string Kind { get; set; }
    public required string NameEn { get; set; }
    public required string NameAr { get; set; }
    public string? CountryKey { get; set; }
    public ActorStatus Status { get; set; }

    /// <summary>Set on the actor that was merged into another one.</summary>
    public int? MergedIntoActorId { get; set; }

    public List<ActorAlias> Aliases { get; set; } = [];
    public List<ActorRole> Roles { get; set; } = [];

    /// <summary>The id shown to users and in the API: Wikidata when verified, else the own key.</summary>
    public string PublicId => Analysis.Actors.ActorEntry.PublicIdOf(WikidataId, Key);
}
