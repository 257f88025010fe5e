using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the page reader, the HTML extractor with its publisher profiles, and the saved-text parser.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton(Boilerplate.Default);
        services.AddSingleton<SeedTextParser>();
        services.AddSingleton(sp => PublisherProfiles.Load(sp.GetRequiredService<IOptions<ScrapingOptions>>().Value.PublisherProfilesFolder));
        services.AddSingleton(_ => new PublishDateSources());
        services.AddSingleton(sp => new HtmlArticleExtractor(
            sp.GetRequiredService<PublisherProfiles>(), sp.GetRequiredService<PublishDateSources>(), Boilerplate.Default));
        services.AddSingleton<PageReader>();
        return services;
    }
}
