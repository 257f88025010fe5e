using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsPortal.Analysis;
using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Tests.Extraction.Html.Benchmark;

namespace NewsPortal.Tests.Evaluation;

/// <summary>
/// How good the candidate actors an admin is shown are, on the 59 development articles and the five
/// seed bodies. Two readings, each checkable by hand from the report:
/// <list type="bullet">
/// <item>the shipped gazetteer: what an admin sees today; a candidate is right only when it is listed in
/// <c>candidate-judgments.json</c> as worth accepting (judged by reading its sentence);</item>
/// <item>the gazetteer without its people (then without its outlets): the people and outlets the
/// gazetteer knows stand for the unknown ones of unseen articles. A candidate is right when its span is
/// a name the full gazetteer tags there with the same kind (see <see cref="Same"/>) (or it is judged worth accepting);
/// recall is the share of those names (two words or more) proposed.</item>
/// </list>
/// </summary>
public sealed class CandidateEvaluation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public sealed record Text(string File, string Title, string Body);

    public sealed class Score
    {
        public int Proposed { get; set; }
        public int Right { get; set; }
        public int Names { get; set; }
        public int NamesProposed { get; set; }
        public List<string> Wrong { get; } = [];
        public double Precision => Proposed == 0 ? 1 : (double)Right / Proposed;
        public double Recall => Names == 0 ? 1 : (double)NamesProposed / Names;
        public override string ToString() => string.Create(Inv, $"precision {Precision:F3} ({Right}/{Proposed}), recall of names {Recall:F3} ({NamesProposed}/{Names})");
    }

    public CandidateEvaluation(ArabicNewsGold gold)
    {
        var texts = Read(gold);
        var full = ArticleAnalyzer.CreateDefault();
        var judged = Judgments();
        var entries = Gazetteer.ReadEmbedded();
        Shipped = Run(texts, full, null, judged);
        WithoutPeople = Run(texts, full, ArticleAnalyzer.Create(Gazetteer.Build(entries.Where(e => e.Kind != ActorKinds.Person))), judged, ActorKinds.Person);
        WithoutOutlets = Run(texts, full, ArticleAnalyzer.Create(Gazetteer.Build(entries.Where(e => e.Kind != ActorKinds.Media))), judged, ActorKinds.Media);
        TextCount = texts.Count;
        Proposed = Shipped.Proposed + WithoutPeople.Proposed + WithoutOutlets.Proposed;
        Right = Shipped.Right + WithoutPeople.Right + WithoutOutlets.Right;
        var sb = new StringBuilder(string.Create(Inv, $"# Candidate actors ({TextCount} texts: dev set and seeds)\n\n"));
        foreach (var (name, s) in new[] { ("shipped gazetteer", Shipped), ("without people", WithoutPeople), ("without outlets", WithoutOutlets) })
        {
            sb.AppendLine(Inv, $"- {name}: {s}");
        }
        sb.AppendLine(Inv, $"- all three readings: precision {Precision:F3} ({Right}/{Proposed})");
        foreach (var (name, s) in new[] { ("shipped gazetteer", Shipped), ("without people", WithoutPeople), ("without outlets", WithoutOutlets) })
        {
            sb.AppendLine(Inv, $"\n## Wrong, {name}\n");
            foreach (var w in s.Wrong)
            {
                sb.AppendLine("- " + w);
            }
        }
        Report = sb.ToString();
        var dir = Path.Combine(BenchFolder.RepositoryRoot(), "artifacts", "benchmarks");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "candidates.md"), Report);
    }

    public int TextCount { get; }
    public Score Shipped { get; }
    public Score WithoutPeople { get; }
    public Score WithoutOutlets { get; }
    public string Report { get; }

    /// <summary>Every candidate of the three readings.</summary>
    public int Proposed { get; }
    public int Right { get; }
    public double Precision => Proposed == 0 ? 1 : (double)Right / Proposed;

    private static List<Text> Read(ArabicNewsGold gold)
    {
        var reader = new PageReader(new SeedTextParser(), new HtmlArticleExtractor());
        var texts = new List<Text>();
        foreach (var article in gold.Articles)
        {
            if (reader.Read(File.ReadAllBytes(gold.TextPath(article)), null, null).Article is { } parsed)
            {
                texts.Add(new Text(article.File, parsed.Title, parsed.Body));
            }
        }
        var seeds = Path.Combine(BenchFolder.RepositoryRoot(), "tests", "NewsPortal.Analysis.Tests", "Evaluation", "seed-bodies.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(seeds));
        foreach (var s in doc.RootElement.EnumerateArray())
        {
            texts.Add(new Text("seed " + s.GetProperty("id").GetString(), s.GetProperty("title").GetString() ?? "", s.GetProperty("body").GetString() ?? ""));
        }
        return texts;
    }

    /// <summary>Normalized names judged worth accepting (a real person, outlet or organisation, whole, of the right kind).</summary>
    private static HashSet<string> Judgments()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "candidate-judgments.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("accept").EnumerateArray().Select(e => ArabicNormalizer.Normalize(e.GetString()!)).ToHashSet(StringComparer.Ordinal);
    }

    private static Score Run(List<Text> texts, ArticleAnalyzer full, ArticleAnalyzer? heldOut, HashSet<string> judged, string? kind = null)
    {
        var score = new Score();
        foreach (var text in texts)
        {
            var input = new ArticleInput(text.Title, text.Body, null);
            var known = full.Analyze(input).Actors
                .Where(a => kind is not null && a.Kind == kind)
                .SelectMany(a => a.Mentions)
                .Where(m => !m.InTitle && m.Form is MentionForm.Name or MentionForm.ShortName)
                .Select(m => (m.Start, m.End)).ToList();
            var candidates = (heldOut ?? full).Analyze(input).Candidates.Where(c => kind is null || c.Kind == kind).ToList();
            foreach (var c in candidates)
            {
                score.Proposed++;
                if (known.Any(k => Same(k, c)) || judged.Contains(ArabicNormalizer.Normalize(c.Name)))
                {
                    score.Right++;
                }
                else
                {
                    score.Wrong.Add($"{text.File}: «{c.Name}» ({c.Kind}{(c.Title.Length > 0 ? ", " + c.Title : "")})");
                }
            }
            foreach (var k in known.Distinct().Where(k => text.Body.AsSpan(k.Start, k.End - k.Start).Contains(' ')))
            {
                score.Names++;
                score.NamesProposed += candidates.Any(c => Same(k, c)) ? 1 : 0;
            }
        }
        return score;
    }

    /// <summary>
    /// The candidate names what the full gazetteer tags there: it overlaps the mention and ends where it
    /// ends ("يونهاب" in "وكالة يونهاب", "ديمتري بوليانسكي" around "بوليانسكي"); a name cut short or
    /// run on into the next word ("كيم جونغ", "سيرجي لافروف وصل") is wrong.
    /// </summary>
    private static bool Same((int Start, int End) known, CandidateActor c) => c.End == known.End && c.Start < known.End && known.Start < c.End;
}
