using System.Text.Json;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Extraction.Html;

/// <summary>
/// One saved page per publisher profile, in the profile's shape, with the article it must give
/// (Extraction/ProfilePages: NAME.html and NAME.expected.json; NAME.json is the profile when it is not
/// a shipped one). A shipped profile without its page fails here. See docs/sources-and-profiles.md.
/// </summary>
public class PublisherProfileGoldenTests
{
    private static readonly string Shipped = Path.Combine(RepoPaths.Root, "src", "NewsPortal", "Extraction", "PublisherProfiles");
    private static readonly string Pages = Path.Combine(RepoPaths.Root, "tests", "NewsPortal.Tests", "Extraction", "ProfilePages");

    private sealed record Expected(string Url, string Title, string? Published, IReadOnlyList<string> Paragraphs);

    private static IEnumerable<string> ShippedNames() =>
        Directory.Exists(Shipped) ? Directory.EnumerateFiles(Shipped, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];

    public static TheoryData<string> SavedPages() =>
        [.. Directory.EnumerateFiles(Pages, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_shipped_profile_has_a_saved_page_and_its_expected_article()
    {
        var missing = ShippedNames().Where(n => !File.Exists(Path.Combine(Pages, n + ".html")) || !File.Exists(Path.Combine(Pages, n + ".expected.json")));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SavedPages))]
    public void A_saved_page_gives_exactly_its_expected_article(string name)
    {
        var profileFile = File.Exists(Path.Combine(Shipped, name + ".json")) ? Path.Combine(Shipped, name + ".json") : Path.Combine(Pages, name + ".json");
        var profile = PublisherProfiles.Parse(File.ReadAllText(profileFile));
        var expected = JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.Combine(Pages, name + ".expected.json")), JsonSerializerOptions.Web)!;
        var url = new Uri(expected.Url);
        Assert.Same(profile, new PublisherProfiles([profile]).For(url));
        var html = File.ReadAllText(Path.Combine(Pages, name + ".html"));

        var article = new HtmlArticleExtractor(new PublisherProfiles([profile]), new PublishDateSources(), Boilerplate.Default).Extract(html, url);

        Assert.Equal(expected.Title, article.Title);
        Assert.Equal(expected.Published, article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Paragraphs, article.Paragraphs);
    }
}
