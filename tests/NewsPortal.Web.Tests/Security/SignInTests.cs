using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsPortal.Web.Pages.Account;

namespace NewsPortal.Web.Tests.Security;

/// <summary>Signing in tells a stranger nothing about which accounts exist, and cannot be used to lock the owner out.</summary>
[Collection(PublicPortalFixture.Name)]
public sealed partial class SignInTests(PublicPortal portal)
{
    [Fact]
    public async Task An_unknown_address_a_wrong_password_and_a_throttled_client_get_the_same_answer()
    {
        const string email = "same-answer@newsportal.test";
        await portal.CreateAdminAsync(email);
        using var stranger = portal.Client("192.0.2.30");

        var unknown = await SignInAsync(stranger, "nobody-here@newsportal.test", "Wrong-Passw0rd-Guess!");
        var wrong = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            wrong.Add((await SignInAsync(stranger, email, "Wrong-Passw0rd-Guess!")).Message!);
        }
        var throttled = await SignInAsync(stranger, email, PublicPortal.Password);

        Assert.Equal(LoginModel.Refusal, unknown.Message);
        Assert.All(wrong, message => Assert.Equal(LoginModel.Refusal, message));
        Assert.Null(throttled.Location);
        Assert.Equal(LoginModel.Refusal, throttled.Message);
    }

    [Fact]
    public async Task Strangers_guessing_an_admins_password_do_not_lock_the_admin_out()
    {
        const string email = "not-locked-out@newsportal.test";
        await portal.CreateAdminAsync(email);
        foreach (var address in new[] { "192.0.2.41", "192.0.2.42" })
        {
            using var stranger = portal.Client(address);
            for (var i = 0; i < 6; i++)
            {
                await SignInAsync(stranger, email, "Wrong-Passw0rd-Guess!");
            }
        }
        using var admin = portal.Client("192.0.2.49");

        var signIn = await SignInAsync(admin, email, PublicPortal.Password);

        Assert.Equal("/admin", signIn.Location);
    }

    [Fact]
    public async Task A_demoted_admins_session_ends_at_the_next_request()
    {
        const string email = "demoted@newsportal.test";
        await portal.CreateAdminAsync(email);
        using var admin = portal.Client("192.0.2.50");
        Assert.Equal("/admin", (await SignInAsync(admin, email, PublicPortal.Password)).Location);
        using (var before = await admin.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await portal.DemoteAsync(email);
        using var after = await admin.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/denied", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Posts the login form; the redirect target on success, else the page's error message.</summary>
    private static async Task<(string? Location, string? Message)> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return (response.Headers.Location!.ToString(), null);
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (null, page.QuerySelector(".validation-summary-errors li, [data-valmsg-summary] li")?.TextContent.Trim());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
