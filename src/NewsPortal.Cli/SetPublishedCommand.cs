using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Data;

namespace NewsPortal.Cli;

/// <summary>
/// <c>set-published ARTICLE_ID YYYY-MM-DD</c>: an operator sets an article's publish date, as an
/// admin does in /admin: kept across re-ingestion, audited, the article tagged again at once.
/// </summary>
public static class SetPublishedCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (await ParseAsync(args, stderr) is not { } request)
        {
            return args.Length == 2 ? 1 : 2;
        }
        using var host = CliHost.Build();
        return await SetAsync(host.Services, request.Id, request.Day, stdout, stderr);
    }

    /// <summary>The same with the given services (tests pass the portal's).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr) =>
        await ParseAsync(args, stderr) is { } request
            ? await SetAsync(services, request.Id, request.Day, stdout, stderr)
            : args.Length == 2 ? 1 : 2;

    private static async Task<(long Id, DateOnly Day)?> ParseAsync(string[] args, TextWriter stderr)
    {
        if (args.Length != 2)
        {
            await stderr.WriteLineAsync("usage: set-published ARTICLE_ID YYYY-MM-DD");
            return null;
        }
        if (!long.TryParse(args[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            await stderr.WriteLineAsync($"error: \"{args[0]}\" is not an article id (a positive whole number)");
            return null;
        }
        if (!ArticleEditor.TryParseDay(args[1], DateTimeOffset.UtcNow, out var day, out var error))
        {
            await stderr.WriteLineAsync($"error: {error}");
            return null;
        }
        return (id, day);
    }

    private static async Task<int> SetAsync(IServiceProvider services, long id, DateOnly day, TextWriter stdout, TextWriter stderr)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewsPortalDbContext>().Database.MigrateAsync();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleEditor>()
            .CorrectAsync(id, new ArticleCorrection(PublishedOn: day), "cli", CancellationToken.None);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"error: there is no article {id}");
            return 1;
        }
        await stdout.WriteLineAsync($"article {id}: publish date set to {day:yyyy-MM-dd} (kept across re-ingestion; the article was tagged again)");
        return 0;
    }
}
