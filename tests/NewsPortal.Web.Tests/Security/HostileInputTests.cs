using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Security;

/// <summary>No input makes a 500; a parameter that cannot be read is answered 400 and named, never silently ignored.</summary>
[Collection(PortalFixtures.Name)]
public sealed class HostileInputTests(PortalServer portal)
{
    [Theory]
    [InlineData("/timeline?actor=%00")]
    [InlineData("/timeline?type=meeting%00")]
    [InlineData("/api/events?actor=%D8%A8%00")]
    [InlineData("/api/events?type=%00")]
    [InlineData("/timeline/feed?actor=%00")]
    [InlineData("/timeline/export.csv?type=%00")]
    [InlineData("/admin/actors?q=%00")]
    [InlineData("/search?q=%00")]
    [InlineData("/actors/Q%00")]
    [InlineData("/language?culture=en&returnUrl=/timeline%09x")]
    [InlineData("/language?culture=en&returnUrl=/%0D%0ASet-Cookie:%20x=1")]
    public async Task A_control_character_in_the_address_is_answered_400(string url)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_NUL_in_a_posted_form_is_answered_400()
    {
        using var client = portal.CreateClient();

        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a\0@b.test", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_language_switch_goes_back_to_a_page_whose_address_has_Arabic_in_it()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.BaseAddress };

        using var response = await client.GetAsync(new Uri("/language?culture=en&returnUrl=" + Uri.EscapeDataString("/timeline?actor=بوتين"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline?actor=" + Uri.EscapeDataString("بوتين"), response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/api/events?from=2024-13-01", "2024-13-01")]
    [InlineData("/api/events?from=2024-06-01&to=2024-01-31", "2024-06-01")]
    [InlineData("/api/events?source=-1", "-1")]
    [InlineData("/api/events?status=maybe", "maybe")]
    [InlineData("/api/events?after=yesterday", "yesterday")]
    [InlineData("/api/articles?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&p=-2", "-2")]
    [InlineData("/api/articles?q=x&to=soon", "soon")]
    [InlineData("/timeline/feed?to=2024-02-30", "2024-02-30")]
    public async Task The_API_answers_400_naming_the_parameter_it_could_not_read(string url, string named)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/events?from=2024&to=2024-06")]
    [InlineData("/api/events?status=planned,happened&source=1")]
    [InlineData("/api/articles?q=x&p=2&sort=date")]
    public async Task Valid_parameters_are_still_answered_200(string url)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/timeline?from=2024-00-10", "2024-00-10")]
    [InlineData("/timeline?from=2025&to=2024", "بعد نهايتها")]
    [InlineData("/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&p=-3", "-3")]
    public async Task A_page_says_which_parameter_it_could_not_read(string url, string named)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var problems = page.QuerySelector(".parameter-problems");
        Assert.NotNull(problems);
        Assert.Contains(named, problems.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main h1"));
    }
}
