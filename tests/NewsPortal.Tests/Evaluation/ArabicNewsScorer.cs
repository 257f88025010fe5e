using System.Globalization;
using System.Text;
using NewsPortal.Analysis;
using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Relevance;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Tagging;

namespace NewsPortal.Tests.Evaluation;

/// <summary>
/// Scores the whole reading of a text file — the same path as <c>analyze FILE</c>: page reader
/// (title, publish date, body), then the engine — against the arabic-news gold, as its README says
/// to score: actors by canonical name (micro P/R/F1, and per kind), dated events by (CAMEO root,
/// date at the gold's precision), publish dates. Writes every miss to a report for development.
/// </summary>
public sealed class ArabicNewsScorer(ArabicNewsGold gold)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly HashSet<string> NonActorKinds = [ActorKinds.Weapon, ActorKinds.Agreement, ActorKinds.Operation];

    public sealed class Count
    {
        public int Tp { get; set; }
        public int Predicted { get; set; }
        public int Expected { get; set; }
        public double Precision => Predicted == 0 ? 1 : (double)Tp / Predicted;
        public double Recall => Expected == 0 ? 1 : (double)Tp / Expected;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public override string ToString() => string.Create(Inv, $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {Tp}, predicted {Predicted}, gold {Expected})");
    }

    public sealed class Result
    {
        public Count Actors { get; } = new();
        public Dictionary<string, Count> ActorsByKind { get; } = new(StringComparer.Ordinal);
        public int NonActors { get; set; }

        /// <summary>Candidate actors proposed for an admin, with the article they came from.</summary>
        public List<(string File, CandidateActor Candidate)> Candidates { get; } = [];

        /// <summary>Gold dated events recalled by a predicted event of the same root and date (one to one).</summary>
        public Count DatedEvents { get; } = new();
        public Count DatedEventsOnTopic { get; } = new();

        /// <summary>As <see cref="DatedEvents"/>, and the gold's first participant is among the predicted participants.</summary>
        public Count DatedEventsStrict { get; } = new();

        /// <summary>Predicted day-dated events whose day is the date of some gold event of the article with a shared root.</summary>
        public Count DayDated { get; } = new();

        public int PredictedEvents { get; set; }
        public int GoldEvents { get; set; }
        public double EventsPerGoldEvent => GoldEvents == 0 ? 0 : (double)PredictedEvents / GoldEvents;
        public int PublishedRight { get; set; }

        /// <summary>On-topic articles found on topic (precision and recall of the relevance filter).</summary>
        public Count OnTopic { get; } = new();
        public int OffTopicRight { get; set; }
        public int Articles { get; set; }
        public string Report { get; set; } = "";
    }

    /// <summary>Roots: the event's own CAMEO root and those of its facets (the meeting of a visit).</summary>
    private sealed record Predicted(IReadOnlySet<string> Roots, string Cameo, string? Date, DatePrecision? Precision, IReadOnlySet<string> Participants, string Type, string Evidence);

    /// <summary>
    /// Scores every article. With <paramref name="givenPublished"/> each is analysed with its gold
    /// publish date instead of the one read from the file: the engine's own figure, apart from date finding.
    /// </summary>
    public Result Run(ArticleAnalyzer analyzer, bool givenPublished = false)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var reader = new PageReader(new SeedTextParser(), new HtmlArticleExtractor());
        var byId = analyzer.Gazetteer.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byPublicId = analyzer.Gazetteer.Actors.GroupBy(a => a.PublicId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new Result();
        var details = new StringBuilder();
        foreach (var article in gold.Articles)
        {
            result.Articles++;
            var read = reader.Read(File.ReadAllBytes(gold.TextPath(article)), null, null);
            details.AppendLine(Inv, $"## {article.File} ({article.Outlet}, {(article.OnTopic ? "on" : "OFF")} topic, published {article.Published ?? "unknown"})").AppendLine();
            if (read.Article is not { } parsed)
            {
                details.AppendLine(Inv, $"refused: {read.Refusal}").AppendLine();
                ScoreActors(result, article, [], details);
                ScoreEvents(result, article, [], details);
                result.PublishedRight += article.Published is null ? 1 : 0;
                ScoreRelevance(result, article, null, details);
                continue;
            }
            var publishedIso = parsed.Published?.ToString("yyyy-MM-dd", Inv);
            var publishedRight = article.Published is null ? publishedIso is null : publishedIso?.StartsWith(article.Published, StringComparison.Ordinal) == true;
            result.PublishedRight += publishedRight ? 1 : 0;
            if (!publishedRight)
            {
                details.AppendLine(Inv, $"publish date: found {publishedIso ?? "none"} ({parsed.PublishedFrom}), gold {article.Published ?? "none"}").AppendLine();
            }
            var published = givenPublished ? GoldDay(article.Published) : parsed.Published;
            var analysis = analyzer.Analyze(new ArticleInput(parsed.Title, parsed.Body, published));
            ScoreRelevance(result, article, RelevanceScorer.Score(TimelineFocus.Default, analyzer.Gazetteer, parsed.Language, parsed.Body, analysis), details);
            ScoreActors(result, article, [.. analysis.Actors.Where(a => a.Named).Select(a => byId.TryGetValue(a.OwnId, out var e) ? e : null).OfType<ActorEntry>()], details);
            result.Candidates.AddRange(analysis.Candidates.Select(c => (article.File, c)));
            if (analysis.Candidates.Count > 0)
            {
                details.AppendLine("candidates: " + string.Join("; ", analysis.Candidates.Select(c => $"{c.Name} ({c.Kind}{(c.Title.Length > 0 ? ", " + c.Title : "")})"))).AppendLine();
            }
            var predicted = analysis.Events.Select(e => new Predicted(
                e.Facets.Select(f => f.Cameo).Prepend(e.Cameo).Select(c => c.Length >= 2 ? c[..2] : c).ToHashSet(StringComparer.Ordinal), e.Cameo, e.Date, e.DatePrecision,
                e.Participants.Select(p => byPublicId.TryGetValue(p.ActorId, out var a) ? a : null).OfType<ActorEntry>()
                    .SelectMany(Keys).ToHashSet(StringComparer.Ordinal),
                e.Type, e.Evidence)).ToList();
            ScoreEvents(result, article, predicted, details);
        }
        result.Report = Summary(result, givenPublished) + "\n" + details;
        return result;
    }

    private static void ScoreRelevance(Result result, ArabicNewsGold.Article article, ArticleRelevance? found, StringBuilder details)
    {
        var onTopic = found?.OnTopic == true;
        result.OnTopic.Expected += article.OnTopic ? 1 : 0;
        result.OnTopic.Predicted += onTopic ? 1 : 0;
        result.OnTopic.Tp += onTopic && article.OnTopic ? 1 : 0;
        result.OffTopicRight += !onTopic && !article.OnTopic ? 1 : 0;
        if (onTopic != article.OnTopic)
        {
            details.AppendLine(Inv, $"relevance: found {(onTopic ? "on" : "off")} topic ({found?.Score}: {found?.Reason}), gold {(article.OnTopic ? "on" : "off")}").AppendLine();
        }
    }

    private static DateOnly? GoldDay(string? iso) =>
        iso is { Length: 10 } ? DateOnly.ParseExact(iso, "yyyy-MM-dd", Inv) : null;

    private static IEnumerable<string> Keys(ActorEntry entry) => entry.NamesEn.Prepend(entry.Name).Select(ArabicNewsGold.NameKey);

    private void ScoreActors(Result result, ArabicNewsGold.Article article, List<ActorEntry> predicted, StringBuilder details)
    {
        var goldKeys = article.Actors.ToDictionary(ArabicNewsGold.NameKey, n => n, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var entry in predicted.DistinctBy(e => e.Id))
        {
            if (NonActorKinds.Contains(entry.Kind))
            {
                result.NonActors++;
                extra.Add($"{entry.Name} (not an actor: {entry.Kind})");
                continue;
            }
            var hit = Keys(entry).FirstOrDefault(goldKeys.ContainsKey);
            if (hit is not null && found.Add(hit))
            {
                continue;
            }
            if (hit is null)
            {
                extra.Add(entry.Name);
            }
            var kind = KindOf(entry.Kind);
            Bucket(result, kind).Predicted++;
            result.Actors.Predicted++;
        }
        foreach (var (key, name) in goldKeys)
        {
            var kind = gold.Kinds.TryGetValue(name, out var k) ? k : "unknown";
            var bucket = Bucket(result, kind);
            bucket.Expected++;
            result.Actors.Expected++;
            if (found.Contains(key))
            {
                bucket.Tp++;
                bucket.Predicted++;
                result.Actors.Tp++;
                result.Actors.Predicted++;
            }
        }
        var missed = goldKeys.Where(g => !found.Contains(g.Key)).Select(g => g.Value).ToList();
        if (missed.Count > 0)
        {
            details.AppendLine("actors missed: " + string.Join("; ", missed)).AppendLine();
        }
        if (extra.Count > 0)
        {
            details.AppendLine("actors extra: " + string.Join("; ", extra)).AppendLine();
        }
    }

    private static string KindOf(string engineKind) => engineKind switch
    {
        ActorKinds.Country or ActorKinds.Location => "place",
        _ => engineKind,
    };

    private static Count Bucket(Result result, string kind)
    {
        if (!result.ActorsByKind.TryGetValue(kind, out var c))
        {
            result.ActorsByKind[kind] = c = new Count();
        }
        return c;
    }

    private static void ScoreEvents(Result result, ArabicNewsGold.Article article, List<Predicted> predicted, StringBuilder details)
    {
        result.PredictedEvents += predicted.Count;
        result.GoldEvents += article.Events.Count;
        var used = new HashSet<int>();
        var usedStrict = new HashSet<int>();
        foreach (var g in article.Events.Where(e => e.Date is not null))
        {
            result.DatedEvents.Expected++;
            result.DatedEventsStrict.Expected++;
            if (article.OnTopic)
            {
                result.DatedEventsOnTopic.Expected++;
            }
            var match = FindMatch(g, predicted, used, strict: false);
            if (match >= 0)
            {
                used.Add(match);
                result.DatedEvents.Tp++;
                if (article.OnTopic)
                {
                    result.DatedEventsOnTopic.Tp++;
                }
            }
            else
            {
                details.AppendLine(Inv, $"- missed {string.Join('+', g.Roots)} {g.Date} {g.Status}: {g.What}");
                details.AppendLine(Inv, $"  evidence: {g.Evidence}");
                foreach (var p in predicted.Where(p => g.Evidence.Contains(p.Evidence.Trim(), StringComparison.Ordinal) || p.Evidence.Contains(g.Evidence.Trim(), StringComparison.Ordinal)))
                {
                    details.AppendLine(Inv, $"  from that sentence we emit {p.Type} {p.Cameo} {p.Date ?? "undated"}");
                }
            }
            var strict = FindMatch(g, predicted, usedStrict, strict: true);
            if (strict >= 0)
            {
                usedStrict.Add(strict);
                result.DatedEventsStrict.Tp++;
            }
        }
        result.DatedEvents.Predicted += predicted.Count(p => p.Date is not null);
        result.DatedEventsOnTopic.Predicted += article.OnTopic ? predicted.Count(p => p.Date is not null) : 0;
        result.DatedEventsStrict.Predicted += predicted.Count(p => p.Date is not null);
        foreach (var p in predicted.Where(p => p.Precision == DatePrecision.Day && p.Date is not null))
        {
            result.DayDated.Predicted++;
            var day = p.Date![..10];
            if (article.Events.Any(g => g.Date == day && g.Roots.Any(p.Roots.Contains)))
            {
                result.DayDated.Tp++;
            }
            else
            {
                details.AppendLine(Inv, $"- day-dated event not in gold: {p.Type} {p.Cameo} {day}: {Cut(p.Evidence)}");
            }
        }
        details.AppendLine();
    }

    private static int FindMatch(ArabicNewsGold.Event g, List<Predicted> predicted, HashSet<int> used, bool strict)
    {
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = predicted[i];
            if (used.Contains(i) || !g.Roots.Any(p.Roots.Contains) || !SameDate(g, p))
            {
                continue;
            }
            if (strict && (g.Participants.Count == 0 || !p.Participants.Contains(ArabicNewsGold.NameKey(g.Participants[0]))))
            {
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The prediction, truncated to the gold's precision, equals the gold date; a coarser prediction never matches.</summary>
    private static bool SameDate(ArabicNewsGold.Event g, Predicted p)
    {
        if (p.Date is null || g.Date is null)
        {
            return false;
        }
        var date = p.Date.Split('/')[0];
        return date.Length >= g.Date.Length && date.StartsWith(g.Date, StringComparison.Ordinal);
    }

    private static string Cut(string s) => s.Length <= 160 ? s : s[..160] + "…";

    private static string Summary(Result r, bool givenPublished)
    {
        var sb = new StringBuilder();
        sb.AppendLine(givenPublished ? "# arabic-news development set, analysed with the gold publish date" : "# arabic-news development set, read as `analyze FILE` reads it").AppendLine();
        sb.AppendLine(Inv, $"- articles: {r.Articles}");
        sb.AppendLine(Inv, $"- actors: {r.Actors}");
        foreach (var (kind, c) in r.ActorsByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(Inv, $"  - {kind}: {c}");
        }
        sb.AppendLine(Inv, $"- relevance, on-topic articles kept: {r.OnTopic}; off-topic articles left out: {r.OffTopicRight} of {r.Articles - r.OnTopic.Expected}");
        sb.AppendLine(Inv, $"- non-actors tagged as actors (weapons, treaties, operations): {r.NonActors}");
        sb.AppendLine(Inv, $"- candidate actors proposed: {r.Candidates.Count} ({string.Join(", ", r.Candidates.GroupBy(c => c.Candidate.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))})");
        sb.AppendLine(Inv, $"- dated events by (root, date): {r.DatedEvents}");
        sb.AppendLine(Inv, $"  - on-topic articles: {r.DatedEventsOnTopic}");
        sb.AppendLine(Inv, $"  - strict (first participant too): {r.DatedEventsStrict}");
        sb.AppendLine(Inv, $"- day-dated events that match a gold event's day and root: {r.DayDated}");
        sb.AppendLine(Inv, $"- events emitted per gold event: {r.EventsPerGoldEvent:F2} ({r.PredictedEvents} / {r.GoldEvents})");
        sb.AppendLine(Inv, $"- publish dates right: {r.PublishedRight}/{r.Articles}");
        return sb.ToString();
    }
}
