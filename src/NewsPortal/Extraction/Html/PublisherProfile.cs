using System.Text.Json;

namespace NewsPortal.Extraction.Html;

/// <summary>
/// Layout hints for one publisher, kept as data (Extraction/PublisherProfiles/*.json): where the
/// body is, which furniture to drop, where the dateline is. Only for sites the generic rules miss.
/// </summary>
public sealed record PublisherProfile
{
    /// <summary>Host names the profile applies to; "www." and subdomains match too.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>CSS selector of the article body; when it matches, the generic scorer is skipped.</summary>
    public string? BodySelector { get; init; }

    /// <summary>CSS selectors removed before the body is read.</summary>
    public IReadOnlyList<string> DropSelectors { get; init; } = [];

    /// <summary>CSS selector of the visible dateline, tried before the generic date sources.</summary>
    public string? DateSelector { get; init; }

    public bool Matches(string host) =>
        Hosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The set of publisher profiles: the ones shipped in the assembly plus any from a folder.</summary>
public sealed class PublisherProfiles
{
    private const string ResourcePrefix = "NewsPortal.Extraction.PublisherProfiles.";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public PublisherProfiles(IEnumerable<PublisherProfile> profiles) => All = [.. profiles];

    public static PublisherProfiles None { get; } = new([]);

    public IReadOnlyList<PublisherProfile> All { get; }

    public PublisherProfile? For(Uri? url) => url is null ? null : All.FirstOrDefault(p => p.Matches(url.Host));

    public static PublisherProfile Parse(string json) =>
        JsonSerializer.Deserialize<PublisherProfile>(json, Json) ?? throw new JsonException("empty profile");

    /// <summary>Loads the embedded profiles, then every *.json in <paramref name="folder"/> if given.</summary>
    public static PublisherProfiles Load(string? folder = null)
    {
        var profiles = new List<PublisherProfile>();
        var assembly = typeof(PublisherProfiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            profiles.Add(Parse(reader.ReadToEnd()));
        }
        if (folder is not null && Directory.Exists(folder))
        {
            profiles.AddRange(Directory.EnumerateFiles(folder, "*.json").Order().Select(f => Parse(File.ReadAllText(f))));
        }
        return new PublisherProfiles(profiles);
    }
}
