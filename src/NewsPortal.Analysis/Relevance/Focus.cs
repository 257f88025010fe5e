namespace NewsPortal.Analysis.Relevance;

/// <summary>
/// One side of the relationship the portal follows: a country, and through the gazetteer everyone
/// and everything that belongs to it (its leaders, officials, institutions, capital).
/// </summary>
public sealed record FocusSide(string NameAr, string NameEn, string CountryId);

/// <summary>The relationship the timeline follows: two sides, in one language of the press.</summary>
public sealed record Focus(string TitleAr, string TitleEn, string Language, FocusSide First, FocusSide Second)
{
    /// <summary>The side an actor belongs to (the country itself or an actor of that country), or null.</summary>
    public FocusSide? SideOf(string ownId, string? country) =>
        ownId == First.CountryId || country == First.CountryId ? First
        : ownId == Second.CountryId || country == Second.CountryId ? Second
        : null;
}
