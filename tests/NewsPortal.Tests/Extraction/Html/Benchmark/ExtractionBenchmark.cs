using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Extraction.Html.Benchmark;

/// <summary>Runs the extractor over shared/bench and scores it, peers included, with the same code.</summary>
public sealed class ExtractionBenchmark(string bench, HtmlArticleExtractor extractor)
{
    public sealed record AebResult(ShingleScore.Summary Ours, IReadOnlyDictionary<string, ShingleScore.Summary> Peers,
        double PagesPerSecond, IReadOnlyDictionary<string, ShingleScore.PageCounts> PerPage);

    public sealed record ArabicPage(string Id, int WithPassed, int WithTotal, int WithoutPassed, int WithoutTotal,
        double? F1, bool? PrefixFound, bool? DateRight, string? Extracted);

    /// <summary>
    /// The date pages in two fixed halves: rules are tuned on the development half (its misses are
    /// listed) and the other half only counts, as a stand-in for pages nobody has looked at.
    /// </summary>
    public sealed record DatesResult(int Right, int Total, int DevelopmentRight, int DevelopmentTotal, IReadOnlyList<string> Misses)
    {
        public double Accuracy => Total == 0 ? 0 : (double)Right / Total;
        public double DevelopmentAccuracy => DevelopmentTotal == 0 ? 0 : (double)DevelopmentRight / DevelopmentTotal;
        public int HeldOutRight => Right - DevelopmentRight;
        public int HeldOutTotal => Total - DevelopmentTotal;
        public double HeldOutAccuracy => HeldOutTotal == 0 ? 0 : (double)HeldOutRight / HeldOutTotal;
    }

    /// <summary>Development half: pages whose file number is even (the numbers are crawl ids, unrelated to the pages).</summary>
    public static bool IsDevelopmentPage(string file) => (file.Where(char.IsAsciiDigit).LastOrDefault('1') - '0') % 2 == 0;

    public AebResult RunAeb()
    {
        var root = Path.Combine(bench, "aeb");
        using var truthJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var truth = truthJson.RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => (Body: Str(p.Value, "articleBody"), Url: Str(p.Value, "url")));

        var pages = truth.Keys.Order().Select(id => (Id: id, Bytes: Gunzip(Path.Combine(root, "html", id + ".html.gz")))).ToList();
        var predictions = new Dictionary<string, string>();
        var clock = Stopwatch.StartNew();
        foreach (var (id, bytes) in pages)
        {
            var (html, _) = CharsetDetector.Decode(bytes);
            var url = Uri.TryCreate(truth[id].Url, UriKind.Absolute, out var u) ? u : null;
            predictions[id] = extractor.Extract(html, url).Body;
        }
        clock.Stop();

        var perPage = truth.ToDictionary(t => t.Key, t => ShingleScore.Page(t.Value.Body, predictions[t.Key]));
        var ours = ShingleScore.Aggregate(perPage.Values);

        var peers = new SortedDictionary<string, ShingleScore.Summary>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "output"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var map = json.RootElement.TryGetProperty("output", out var output) ? output : json.RootElement;
            var outputs = map.EnumerateObject().ToDictionary(p => p.Name, p => Str(p.Value, "articleBody"));
            peers[Path.GetFileNameWithoutExtension(file)] = ShingleScore.Aggregate(
                truth.Select(t => ShingleScore.Page(t.Value.Body, outputs.GetValueOrDefault(t.Key))).ToList());
        }
        // SmartReader on its own, in-process: the baseline our extractor builds on.
        peers["smartreader 0.11 (alone, this run)"] = ShingleScore.Aggregate(pages.Select(p =>
        {
            var (html, _) = CharsetDetector.Decode(p.Bytes);
            using var reader = new SmartReader.Reader(truth[p.Id].Url ?? "http://localhost/", html);
            var text = reader.GetArticle().TextContent;
            return ShingleScore.Page(truth[p.Id].Body, text);
        }).ToList());
        return new AebResult(ours, peers, pages.Count / clock.Elapsed.TotalSeconds, perPage);
    }

    public IReadOnlyList<ArabicPage> RunArabic()
    {
        var root = Path.Combine(bench, "arabic");
        using var truthJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var results = new List<ArabicPage>();
        foreach (var page in truthJson.RootElement.EnumerateObject())
        {
            var v = page.Value;
            var (html, _) = CharsetDetector.Decode(File.ReadAllBytes(Path.Combine(root, Str(v, "html_file")!)));
            var url = Uri.TryCreate(Str(v, "url"), UriKind.Absolute, out var u) ? u : null;
            var article = extractor.Extract(html, url);
            var body = Fold(article.Body);
            var with = Strings(v, "with");
            var without = Strings(v, "without");
            var expected = Str(v, "articleBody");
            var prefix = Str(v, "body_prefix");
            var date = Str(v, "date");
            results.Add(new ArabicPage(page.Name,
                with.Count(w => body.Contains(Fold(w), StringComparison.Ordinal)), with.Count,
                without.Count(w => !body.Contains(Fold(w), StringComparison.Ordinal)), without.Count,
                expected is null ? null : ShingleScore.Aggregate([ShingleScore.Page(expected, article.Body)]).F1,
                prefix is null ? null : body.Contains(Fold(prefix[..Math.Min(60, prefix.Length)]), StringComparison.Ordinal),
                date is null ? null : article.Published is { } p && p.ToString("yyyy-MM-dd") == date[..10],
                article.Body));
        }
        return results;
    }

    public DatesResult RunDates()
    {
        var root = Path.Combine(bench, "dates");
        var text = File.ReadAllText(Path.Combine(root, "eval_mediacloud_2020.json")).Replace(": NaN", ": null");
        using var json = JsonDocument.Parse(text);
        int right = 0, total = 0, devRight = 0, devTotal = 0;
        var misses = new List<string>();
        foreach (var page in json.RootElement.EnumerateObject())
        {
            var file = Path.Combine(root, "test_set", Str(page.Value, "file")!);
            if (!File.Exists(file))
            {
                continue;
            }
            total++;
            var expected = Str(page.Value, "date");
            var (html, _) = CharsetDetector.Decode(File.ReadAllBytes(file));
            var article = extractor.Extract(html, Uri.TryCreate(page.Name, UriKind.Absolute, out var u) ? u : null);
            var got = article.Published?.ToString("yyyy-MM-dd");
            var development = IsDevelopmentPage(Str(page.Value, "file")!);
            devTotal += development ? 1 : 0;
            if (got == expected)
            {
                right++;
                devRight += development ? 1 : 0;
            }
            else if (development)
            {
                misses.Add($"{Str(page.Value, "file")}\texpected {expected ?? "none"}\tgot {got ?? "none"} ({article.PublishedSource})\t{page.Name}");
            }
        }
        return new DatesResult(right, total, devRight, devTotal, misses);
    }

    /// <summary>Snippet checks compare text without diacritics, tatweel and spacing differences.</summary>
    private static string Fold(string text) => string.Join(' ', ShingleScore.Tokens(text));

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static List<string> Strings(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
