using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Security;

/// <summary>
/// The portal as deployed on the open web: public address https://news.example behind a TLS proxy on
/// loopback. Tests speak to it as the proxy would (<see cref="Client"/>), each as a client of its own.
/// </summary>
public sealed class PublicPortal : PortalServer
{
    public const string Host = "news.example";
    public const string Password = "Public-Test-Passw0rd!";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["PublicSite:BaseUrl"] = $"https://{Host}/",
        ["PublicSite:BehindProxy"] = "true",
        ["Ingestion:WorkerEnabled"] = "false",
    };

    private ServiceProvider? services;

    public ServiceProvider Services => services!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        services = TestServices.Build(Database);
    }

    public async Task CreateAdminAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateOrPromoteAsync(email, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    public async Task DemoteAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var removed = await users.RemoveFromRoleAsync((await users.FindByEmailAsync(email))!, AdminAccounts.Role);
        Assert.True(removed.Succeeded);
    }

    /// <summary>Requests as the proxy forwards them for the client at <paramref name="clientAddress"/>, over https unless told otherwise.</summary>
    public HttpClient Client(string clientAddress, bool https = true, string host = Host) =>
        new(new ForwardedAs(clientAddress, https, host) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = BaseAddress,
        };

    public override async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    /// <summary>The proxy's headers, and the browser's cookie jar for https://news.example (Secure cookies included).</summary>
    private sealed class ForwardedAs(string clientAddress, bool https, string host) : DelegatingHandler
    {
        private static readonly Uri Site = new($"https://{Host}/");
        private readonly CookieContainer cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            request.Headers.Add("X-Forwarded-For", clientAddress);
            if (https)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
            }
            if (cookies.GetCookieHeader(Site) is { Length: > 0 } cookie)
            {
                request.Headers.Add("Cookie", cookie);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var header in set)
                {
                    cookies.SetCookies(Site, header);
                }
            }
            return response;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PublicPortalFixture : ICollectionFixture<PublicPortal>
{
    public const string Name = "public portal";
}
