using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages.Shared;

[Collection(PortalFixtures.Name)]
public class LanguageTests(PortalServer portal)
{
    [Fact]
    public async Task Arabic_is_the_default_and_the_switch_remembers_english_in_a_cookie()
    {
        using var client = portal.CreateClient();

        var arabic = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative));
        var switched = await client.GetAsync(new Uri("/language?culture=en&returnUrl=%2Fsearch%3Fq%3Dx", UriKind.Relative));
        var english = await client.GetStringAsync(new Uri("/timeline", UriKind.Relative));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains(">الخط الزمني<", arabic, StringComparison.Ordinal);
        Assert.EndsWith("/search?q=x", switched.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english, StringComparison.Ordinal);
        Assert.Contains(">Timeline<", english, StringComparison.Ordinal);
        Assert.Contains(">Events per month", english, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-actor\" class=\"form-label small\">Actor</label>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_sends_the_reader_to_another_site()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync(new Uri("/language?culture=ar&returnUrl=%2F%2Fevil.example%2F", UriKind.Relative));

        Assert.Equal(portal.BaseAddress.Host, response.RequestMessage!.RequestUri!.Host);
        Assert.Equal("/", response.RequestMessage.RequestUri.AbsolutePath);
    }
}
