using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Actors;
using NewsPortal.Admin;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Importing;
using NewsPortal.Ingestion;
using NewsPortal.Reading;
using NewsPortal.Scraping;
using NewsPortal.Tagging;

namespace NewsPortal;

public static class NewsPortalServiceCollectionExtensions
{
    /// <summary>The one place the portal library is wired: database, scraping, extraction, import, ingestion, tagging, admin accounts.</summary>
    public static IServiceCollection AddNewsPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings:Default (e.g. the environment variable ConnectionStrings__Default), or start the portal with scripts/run.");

        // A factory for units of work that must not share the request's change tracker (tagging),
        // and the usual scoped context for everything else.
        // Pooled: reader pages create a context per request, and reusing them saves that work under load.
        services.AddPooledDbContextFactory<NewsPortalDbContext>(options => options.UseNewsPortalDatabase(connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContext());
        services.AddOptions<NewsPortalOptions>().Bind(configuration.GetSection(NewsPortalOptions.Section));
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.AddScraping(configuration);
        services.AddExtraction();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<PortalStartup>();
        services.AddScoped<ActorCatalog>();
        services.AddSingleton<GazetteerProvider>();
        // Aggregates only (each entry Size = 1): a bound on entries left behind by older content versions.
        services.AddMemoryCache(cache => cache.SizeLimit = 20_000);
        services.AddSingleton<AggregateCache>();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<ActorSummary>();
        // Hosted where there is a host (web, worker); a CLI run without one simply never goes live.
        services.AddSingleton(sp => new ContentChanges(
            connectionString, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ContentChanges>>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<NewsPortalOptions>>().Value.ContentChangeInterval));
        services.AddHostedService(sp => sp.GetRequiredService<ContentChanges>());
        services.AddSingleton(TimeProvider.System);

        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section));
        services.AddScoped<IngestionQueue>();
        services.AddScoped<SourceScheduler>();
        services.AddScoped<ItemProcessor>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<ArticleTagger>();

        services.AddIdentityCore<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<NewsPortalDbContext>();
        services.AddScoped<AdminAccounts>();
        services.AddScoped<AuditLog>();
        services.AddScoped<SourceCheck>();
        services.AddScoped<SourceEditor>();
        services.AddScoped<RunControl>();
        services.AddScoped<ActorEditor>();
        services.AddScoped<EventReview>();
        services.AddScoped<ArticleEditor>();
        services.AddScoped<HappeningEditor>();
        services.AddScoped<ArticleTopic>();
        return services;
    }

    /// <summary>Runs the ingestion worker in this process unless Ingestion:WorkerEnabled is false.</summary>
    public static IServiceCollection AddIngestionWorker(this IServiceCollection services, IConfiguration configuration)
    {
        // Decided while wiring, so read through the options class ahead of the container.
        if (configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>()?.WorkerEnabled ?? new IngestionOptions().WorkerEnabled)
        {
            services.AddHostedService<IngestionWorker>();
        }
        return services;
    }
}
