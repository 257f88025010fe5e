using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Actors;
using NewsPortal.Data;
using NewsPortal.Extraction;
using NewsPortal.Importing;

namespace NewsPortal;

public static class NewsPortalServiceCollectionExtensions
{
    /// <summary>The one place the portal library is wired: database, extraction, import.</summary>
    public static IServiceCollection AddNewsPortal(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings:Default (e.g. the environment variable ConnectionStrings__Default), or start the portal with scripts/run.");

        services.AddDbContext<NewsPortalDbContext>(options => options.UseNewsPortalDatabase(connectionString));
        services.AddOptions<NewsPortalOptions>().Bind(configuration.GetSection(NewsPortalOptions.Section));
        services.AddSingleton(Boilerplate.Default);
        services.AddSingleton<SeedTextParser>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ActorCatalog>();
        services.AddSingleton<GazetteerProvider>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static DbContextOptionsBuilder UseNewsPortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3)).UseSnakeCaseNamingConvention();
}
