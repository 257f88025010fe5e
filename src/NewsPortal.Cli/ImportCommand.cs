using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Importing;

namespace NewsPortal.Cli;

/// <summary><c>import PATH...</c>: files or folders of articles into the database.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync("usage: import PATH...  (files or folders)");
            return 2;
        }
        using var host = await CliHost.StartAsync(settings);
        await using var scope = host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(args, "cli");
        await stdout.WriteLineAsync(report.ToString());
        return report.Refused.Count == 0 ? 0 : 1;
    }
}
