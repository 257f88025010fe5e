using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;
using NewsPortal.Articles;
using NewsPortal.Data;
using NewsPortal.Ingestion;
using NewsPortal.Model;
using NewsPortal.Scraping;

namespace NewsPortal.Cli;

/// <summary>
/// <c>ingest URL</c>, <c>retag</c>, <c>reextract</c>, <c>relink</c>: start a run in the database and, unless
/// <c>--no-wait</c>, work it to the end in this process, printing progress. The run is the same one the
/// portal's worker would execute, so an interrupted command is finished by the portal (or the next command).
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(string command, string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        using var host = await CliHost.StartAsync(settings);
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        return await RunAsync(host.Services, command, args, stdout, stderr, interrupt.Token);
    }

    public static async Task<int> RunAsync(
        IServiceProvider services, string command, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = Options.Parse(args);
        if (options.Error is not null || (command == "ingest") != (options.Target is not null))
        {
            await stderr.WriteLineAsync(options.Error ?? Usage);
            return 2;
        }

        IngestionRun run;
        await using (var scope = services.CreateAsyncScope())
        {
            if (command == "ingest")
            {
                if (!UrlCanonicalizer.TryCanonicalize(options.Target, out _))
                {
                    await stderr.WriteLineAsync($"ingest: \"{options.Target}\" is not an http(s) address");
                    return 2;
                }
                var sources = scope.ServiceProvider.GetRequiredService<SourceEditor>();
                var source = await FindOrAddSourceAsync(scope.ServiceProvider, options, cancellationToken);
                if (source.Error is { } refused)
                {
                    await stderr.WriteLineAsync($"ingest: {options.Target}: {refused}");
                    return 1;
                }
                await stdout.WriteLineAsync($"source {source.Source!.Id}: {source.Source.Kind} {source.Source.Location}");
                var started = await sources.StartRunAsync(source.Source.Id, User, cancellationToken);
                if (started.Run is null)
                {
                    await stderr.WriteLineAsync($"ingest: source {source.Source.Id} already has a fetch run queued or running; nothing was started");
                    return 1;
                }
                run = started.Run;
            }
            else
            {
                var kind = command switch { "retag" => RunKind.Retag, "relink" => RunKind.Relink, _ => RunKind.Reextract };
                var scopeName = options.ArticleId is { } a ? $"article {a}" : options.SourceId is { } s ? $"source {s}" : "all articles";
                run = await scope.ServiceProvider.GetRequiredService<RunControl>()
                    .ReprocessAsync(kind, options.SourceId, options.ArticleId, scopeName, User, cancellationToken);
            }
        }
        await stdout.WriteLineAsync($"run {run.Id} ({run.Kind}) queued");
        if (options.NoWait)
        {
            return 0;
        }
        return await WorkAsync(services, run.Id, stdout, cancellationToken);
    }

    private const string Usage = """
        usage: ingest URL [--kind feed|sitemap|article] [--name NAME] [--no-wait]
               retag [--source ID | --article ID] [--no-wait]
               reextract [--source ID | --article ID] [--no-wait]
               relink [--source ID | --article ID] [--no-wait]
        """;

    /// <summary>Works the run in this process until none of its items is left, then prints what happened.</summary>
    private static async Task<int> WorkAsync(IServiceProvider services, long runId, TextWriter stdout, CancellationToken cancellationToken)
    {
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(services);
        var state = await worker.WorkRunAsync(runId, counts => stdout.WriteLineAsync(
            $"run {runId}: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}"))}"), cancellationToken);
        if (state is null)
        {
            await stdout.WriteLineAsync($"interrupted: run {runId} stays queued; the portal's worker (or `ingest`) finishes it");
            return 130;
        }
        await using var db = services.GetRequiredService<IDbContextFactory<NewsPortalDbContext>>().CreateDbContext();
        var problems = await db.IngestionItems.Where(i => i.RunId == runId && (i.State == ItemState.Failed || i.State == ItemState.Parked))
            .OrderBy(i => i.Id).ToListAsync(CancellationToken.None);
        foreach (var p in problems)
        {
            await stdout.WriteLineAsync($"  {p.State.ToString().ToLowerInvariant()}: {p.Target}: {p.LastError}");
        }
        await stdout.WriteLineAsync($"run {runId} {state.Value.ToString().ToLowerInvariant()}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Who the audit log names for what this command does.</summary>
    private const string User = "cli";

    /// <summary>The source with this URL, or a new disabled one (checked like an admin's) of the given or sniffed kind.</summary>
    private static async Task<SourceResult> FindOrAddSourceAsync(IServiceProvider services, Options options, CancellationToken cancellationToken)
    {
        var location = new Uri(options.Target!).AbsoluteUri;
        var db = services.GetRequiredService<NewsPortalDbContext>();
        if (await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Location == location, cancellationToken) is { } known)
        {
            return new SourceResult(known);
        }
        var kind = options.Kind ?? await SniffKindAsync(services.GetRequiredService<Fetcher>(), new Uri(location), cancellationToken);
        var fields = new SourceFields(options.Name ?? new Uri(location).Host, kind, location, 60, Enabled: false);
        return await services.GetRequiredService<SourceEditor>().SaveAsync(null, fields, User, cancellationToken);
    }

    /// <summary>A sitemap by its root element, a feed when it reads as one; anything else is taken as an article page.</summary>
    private static async Task<SourceKind> SniffKindAsync(Fetcher fetcher, Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, null, cancellationToken);
        return FeedLocator.IsSitemap(fetched) ? SourceKind.Sitemap
            : FeedLocator.IsFeed(fetched) ? SourceKind.Feed
            : SourceKind.ArticleUrl;
    }

    private sealed record Options(string? Target, SourceKind? Kind, string? Name, int? SourceId, long? ArticleId, bool NoWait, string? Error)
    {
        public static Options Parse(string[] args)
        {
            var o = new Options(null, null, null, null, null, false, null);
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--no-wait":
                        o = o with { NoWait = true };
                        break;
                    case "--kind" when value is "feed" or "sitemap" or "article":
                        o = o with { Kind = value switch { "feed" => SourceKind.Feed, "sitemap" => SourceKind.Sitemap, _ => SourceKind.ArticleUrl } };
                        i++;
                        break;
                    case "--name" when value is not null:
                        o = o with { Name = value };
                        i++;
                        break;
                    case "--source" when int.TryParse(value, out var sourceId):
                        o = o with { SourceId = sourceId };
                        i++;
                        break;
                    case "--article" when long.TryParse(value, out var articleId):
                        o = o with { ArticleId = articleId };
                        i++;
                        break;
                    case var target when o.Target is null && !target.StartsWith("--", StringComparison.Ordinal):
                        o = o with { Target = target };
                        break;
                    default:
                        return o with { Error = $"unexpected argument \"{args[i]}\"\n{Usage}" };
                }
            }
            return o;
        }
    }
}
