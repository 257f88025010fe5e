using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsPortal.Analysis;
using NewsPortal.Analysis.Dates;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;

namespace NewsPortal.Cli;

/// <summary>
/// <c>analyze FILE [--published YYYY-MM-DD]</c>: one JSON document with the article and the actors,
/// dates and events the engine finds in it; spans index "body". Needs no database.
/// </summary>
public static class AnalyzeCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? file = null;
        DateOnly? published = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--published" && i + 1 < args.Length)
            {
                if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                {
                    await stderr.WriteLineAsync($"analyze: --published wants YYYY-MM-DD, not \"{args[i]}\"");
                    return 2;
                }
                published = given;
            }
            else if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                file = args[i];
            }
            else
            {
                file = null;
                break;
            }
        }
        if (file is null)
        {
            await stderr.WriteLineAsync("usage: analyze FILE [--published YYYY-MM-DD]   (FILE: a page saved as text, or an HTML page)");
            return 2;
        }
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"analyze: {file}: no such file");
            return 1;
        }

        var bytes = await File.ReadAllBytesAsync(file);
        var contentType = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm" ? "text/html" : null;
        var read = new PageReader(new SeedTextParser(), new HtmlArticleExtractor()).Read(bytes, contentType, null);
        if (read.Article is not { } article)
        {
            await stderr.WriteLineAsync($"analyze: {file}: {read.Refusal}");
            return 1;
        }
        var date = published ?? article.Published;
        var analysis = ArticleAnalyzer.CreateDefault().Analyze(new ArticleInput(article.Title, article.Body, date));
        await stdout.WriteLineAsync(JsonSerializer.Serialize(Document(article, date, analysis), Json));
        return 0;
    }

    private static IEnumerable<object> Actors(IReadOnlyList<ArticleActor> actors) => actors.Select(a => new
    {
        id = a.Id,
        ownId = a.OwnId,
        wikidataId = a.WikidataId,
        name = a.Name,
        kind = a.Kind,
        mentions = a.MentionCount,
        inTitle = a.Mentions.Any(m => m.InTitle),
        spans = a.Mentions.Where(m => !m.InTitle).Select(m => new[] { m.Start, m.End }),
        texts = a.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal),
    });

    private static object Document(ParsedArticle article, DateOnly? published, ArticleAnalysis analysis) => new
    {
        title = article.Title,
        published = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        publishedFrom = published is null ? null : article.Published == published ? article.PublishedFrom.ToString() : "command line",
        publisher = article.Publisher,
        url = article.Url,
        body = article.Body,
        actors = Actors(analysis.Actors),
        topics = Actors(analysis.Topics),
        dates = analysis.Dates.Select(d => new
        {
            text = d.Text,
            value = d.Value,
            precision = Precision(d.Precision),
            relative = d.IsRelative,
            span = new[] { d.Start, d.End },
        }),
        events = analysis.Events.Select((e, i) => new
        {
            id = i,
            type = e.Type,
            cameo = e.Cameo,
            date = e.Date,
            precision = e.DatePrecision is { } p ? Precision(p) : null,
            status = e.Status.ToString().ToLowerInvariant(),
            actors = e.Participants.Select(p => p.ActorId),
            participants = e.Participants.Select(p => new { id = p.ActorId, role = p.Role.ToString().ToLowerInvariant() }),
            facets = e.Facets.Select(f => new { type = f.Type, cameo = f.Cameo, trigger = f.Trigger, span = new[] { f.TriggerStart, f.TriggerEnd } }),
            mentions = e.Mentions.Select(m => new { span = new[] { m.Start, m.End }, triggerSpan = new[] { m.TriggerStart, m.TriggerEnd } }),
            reportedBy = e.ReportedBy,
            location = e.LocationId,
            source = e.Source,
            sourceActor = e.SourceActorId,
            trigger = e.Trigger,
            triggerSpan = new[] { e.TriggerStart, e.TriggerEnd },
            evidence = e.Evidence,
            span = new[] { e.Start, e.End },
        }),
        candidates = analysis.Candidates.Select(c => new { name = c.Name, kind = c.Kind, title = c.Title, span = new[] { c.Start, c.End }, evidence = c.Evidence }),
    };

    private static string Precision(DatePrecision precision) => precision.ToString().ToLowerInvariant();
}
