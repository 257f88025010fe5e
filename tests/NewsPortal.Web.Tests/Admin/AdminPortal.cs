using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Tests.Support;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Admin;

/// <summary>
/// A portal of its own for the admin tests (they ingest and re-tag, which must not disturb the
/// reader tests' data), with a worker that retries fast and waits for no one, and accounts.
/// </summary>
public sealed class AdminPortal : PortalServer
{
    public const string AdminEmail = "admin@newsportal.test";
    public const string EditorEmail = "reader@newsportal.test";
    public const string Password = "Test-Passw0rd-Only!";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Scraping:MinDelayPerHost"] = "00:00:00",
        ["Ingestion:MaxAttempts"] = "2",
        ["Ingestion:RetryBase"] = "00:00:00.200",
        ["Ingestion:PollInterval"] = "00:00:00.300",
    };

    /// <summary>Library services on the same database, for arranging data and checking results.</summary>
    public ServiceProvider Services { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services = TestServices.Build(Database);
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().CreateOrPromoteAsync(AdminEmail, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var plain = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>()
            .CreateAsync(new IdentityUser { UserName = EditorEmail, Email = EditorEmail, EmailConfirmed = true }, Password);
        Assert.True(plain.Succeeded, string.Join("; ", plain.Errors.Select(e => e.Description)));
    }

    public override async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AdminFixtures : ICollectionFixture<AdminPortal>, ICollectionFixture<Browser>
{
    public const string Name = "admin";
}
