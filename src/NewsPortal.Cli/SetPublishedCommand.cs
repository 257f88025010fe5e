using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;

namespace NewsPortal.Cli;

/// <summary>
/// <c>set-published ARTICLE_ID YYYY-MM-DD</c>: an operator sets an article's publish date, as an
/// admin does in /admin: kept across re-ingestion, audited, the article tagged again at once.
/// </summary>
internal static class SetPublishedCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        if (args.Length != 2)
        {
            await stderr.WriteLineAsync("usage: set-published ARTICLE_ID YYYY-MM-DD");
            return 2;
        }
        if (!long.TryParse(args[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            await stderr.WriteLineAsync($"error: \"{args[0]}\" is not an article id (a positive whole number)");
            return 1;
        }
        if (!ArticleEditor.TryParseDay(args[1], DateTimeOffset.UtcNow, out var day, out var error))
        {
            await stderr.WriteLineAsync($"error: {error}");
            return 1;
        }
        using var host = await CliHost.StartAsync(settings);
        await using var scope = host.Services.CreateAsyncScope();
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
