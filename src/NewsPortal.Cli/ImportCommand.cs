using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Ingestion;

namespace NewsPortal.Cli;

/// <summary>
/// <c>import PATH... [--published YYYY-MM-DD]</c>: files or folders of articles into the database, as a
/// run worked in this process (the same executor as the portal's worker);
/// the given day becomes the publish date (an operator's decision) of every file that states none.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        var paths = new List<string>();
        string? published = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--published")
            {
                if (i + 1 >= args.Length)
                {
                    await stderr.WriteLineAsync("error: --published needs a date written as YYYY-MM-DD");
                    return 2;
                }
                published = args[++i];
            }
            else
            {
                paths.Add(args[i]);
            }
        }
        if (paths.Count == 0)
        {
            await stderr.WriteLineAsync("usage: import PATH... [--published YYYY-MM-DD]  (files or folders)");
            return 2;
        }
        DateOnly? day = null;
        if (published is not null)
        {
            if (!ArticleEditor.TryParseDay(published, DateTimeOffset.UtcNow, out var parsed, out var error))
            {
                await stderr.WriteLineAsync($"error: --published {error}; nothing was imported");
                return 1;
            }
            day = parsed;
        }
        using var host = await CliHost.StartAsync(settings);
        await using var scope = host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportRunner>().ImportAsync(paths, "cli");
        await stdout.WriteLineAsync(report.ToString());
        if (day is { } given)
        {
            var editor = scope.ServiceProvider.GetRequiredService<ArticleEditor>();
            foreach (var id in report.Undated)
            {
                await editor.CorrectAsync(id, new ArticleCorrection(PublishedOn: given), "cli import --published", CancellationToken.None);
            }
            await stdout.WriteLineAsync($"publish date {given:yyyy-MM-dd} set on {report.Undated.Count} article(s) that state none");
        }
        return report.Refused.Count == 0 ? 0 : 1;
    }
}
