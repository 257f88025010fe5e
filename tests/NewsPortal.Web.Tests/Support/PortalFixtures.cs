namespace NewsPortal.Web.Tests.Support;

/// <summary>Page tests share one running portal (with the sample corpus) and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PortalFixtures : ICollectionFixture<PortalServer>, ICollectionFixture<Browser>
{
    public const string Name = "portal";
}
