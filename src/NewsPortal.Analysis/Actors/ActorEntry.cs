namespace NewsPortal.Analysis.Actors;

/// <summary>Kinds of actor the gazetteer knows; free strings so admins can add more.</summary>
public static class ActorKinds
{
    public const string Person = "person";
    public const string Country = "country";
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Weapon = "weapon";
    public const string Agreement = "agreement";
    public const string Media = "media";
    public const string Operation = "operation";

    /// <summary>Seas, rivers, peninsulas, oceans: where things happen, never who acts.</summary>
    public const string Feature = "feature";

    /// <summary>Wars, operations, treaties, weapons and natural features are what an article is about, not who acts in it.</summary>
    public static bool IsTopic(string kind) => kind is Weapon or Agreement or Operation or Feature;
}

/// <summary>
/// One actor as data: from the embedded lexicon or from the database. <see cref="Id"/> is the
/// project's own stable id (np:person/…); <see cref="WikidataId"/> is set only when verified.
/// </summary>
public sealed record ActorEntry
{
    public required string Id { get; init; }
    public string? WikidataId { get; init; }
    public required string Kind { get; init; }

    /// <summary>English Wikipedia title.</summary>
    public required string Name { get; init; }

    /// <summary>Every spelling the Arabic press uses for the full name.</summary>
    public IReadOnlyList<string> NamesAr { get; init; } = [];

    /// <summary>English names and abbreviations (for search and Latin-script text).</summary>
    public IReadOnlyList<string> NamesEn { get; init; } = [];

    /// <summary>Short forms (كيم، يون) that count only after a full mention in the same article.</summary>
    public IReadOnlyList<string> ShortNamesAr { get; init; } = [];

    /// <summary>Words that stand for this actor (الكرملين for the presidency, موسكو for Russia).</summary>
    public IReadOnlyList<string> Metonyms { get; init; } = [];

    /// <summary>Masculine singular nisba adjectives (الروسي); feminine and plurals are derived.</summary>
    public IReadOnlyList<string> Nisba { get; init; } = [];

    /// <summary>Irregular nisba forms that cannot be derived (الروس).</summary>
    public IReadOnlyList<string> NisbaForms { get; init; } = [];

    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>Own id of the country the actor belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>The id the outside world sees: the Wikidata id when verified, else the own id.</summary>
    public string PublicId => PublicIdOf(WikidataId, Id);

    /// <summary>The one rule for public ids, for stored actors too.</summary>
    public static string PublicIdOf(string? wikidataId, string ownId) => wikidataId ?? ownId;
}

/// <summary>
/// A role held over a period; dates are ISO prefixes (yyyy, yyyy-MM or yyyy-MM-dd), null = open.
/// <see cref="TitlesAr"/> are the Arabic titles that name the holder without a name ("وزير الدفاع الروسي").
/// <see cref="Affiliation"/>: own id of the country or institution the role is held for, when it is
/// not the actor's own country (a diplomat who changed sides, an envoy of an international body).
/// </summary>
public sealed record ActorRole(string Title, string? From = null, string? To = null, IReadOnlyList<string>? TitlesAr = null, string? Affiliation = null)
{
    public bool HeldOn(DateOnly day)
    {
        var iso = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (From is null || string.CompareOrdinal(iso, From) >= 0)
            && (To is null || string.CompareOrdinal(iso[..Math.Min(iso.Length, To.Length)], To) <= 0);
    }
}

/// <summary>How an actor was named in the text.</summary>
public enum MentionForm
{
    Name,
    ShortName,
    Metonym,
    Nisba,

    /// <summary>A title alone ("الرئيس الروسي"), resolved to whoever held it on the publish date.</summary>
    Title,

    /// <summary>An institution inside a person's title ("المتحدث باسم الكرملين"): named, but not the one who acts.</summary>
    Qualifier,
}

internal static class MentionForms
{
    /// <summary>A nisba or an institution inside a title: it qualifies whoever the title names.</summary>
    public static bool Qualifies(this MentionForm form) => form is MentionForm.Nisba or MentionForm.Qualifier;
}

/// <summary>One mention of an actor; [Start, End) indexes the original body, or the headline when <see cref="InTitle"/>.</summary>
public sealed record ActorMention(string ActorId, int Start, int End, string Text, MentionForm Form)
{
    public bool InTitle { get; init; }

    /// <summary>
    /// Set on a state's mention that is only a link from the capital speaking for it ("موسكو ترحب" → Russia):
    /// the own id of that city. The text names the city; the link lets a search for the state find the article.
    /// </summary>
    public string? Via { get; init; }
}

/// <summary>An alias key for autocomplete: the normalized key, the spelling as written, the actor.</summary>
public sealed record GazetteerAlias(string Key, string Text, string ActorId, MentionForm Form);

/// <summary>What an alias key points at: an entry (by index) and the form of naming.</summary>
internal readonly record struct AliasTarget(int Entry, MentionForm Form, int Role = -1);
