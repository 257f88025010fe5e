using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Pages;

/// <summary>Fetches a page over HTTP and parses it, for tests that read the served HTML.</summary>
public static class Html
{
    public static async Task<IDocument> GetAsync(PortalServer portal, string url)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return new HtmlParser().ParseDocument(body);
    }

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
