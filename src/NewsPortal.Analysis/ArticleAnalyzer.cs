using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Events;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis;

/// <summary>An article to analyse: spans index <see cref="Body"/>, except headline mentions (<see cref="ActorMention.InTitle"/>), which index <see cref="Title"/>.</summary>
public sealed record ArticleInput(string Title, string Body, DateOnly? Published);

/// <summary>An actor of the article with all its mentions. <see cref="Id"/> is the Wikidata id when verified, else the own id.</summary>
public sealed record ArticleActor(string Id, string OwnId, string? WikidataId, string Name, string Kind, IReadOnlyList<ActorMention> Mentions)
{
    public int MentionCount => Mentions.Count;

    /// <summary>False when every mention is a link from a capital speaking for this state: the text names the city, not the state.</summary>
    public bool Named => Mentions.Any(m => m.Via is null);
}

/// <summary>
/// What the engine found in one article. <see cref="Actors"/> are people, places, organisations and
/// outlets; wars, operations, treaties and weapons named in the text are <see cref="Topics"/>.
/// </summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<ArticleActor> Actors,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<EventMention> Events,
    IReadOnlyList<CandidateActor> Candidates)
{
    public IReadOnlyList<ArticleActor> Topics { get; init; } = [];
}

/// <summary>
/// The analysis engine: pure, deterministic and thread-safe once built. Actors, dates, events and
/// candidate actors for one article body.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly Gazetteer gazetteer;
    private readonly EventLexicon events;

    private ArticleAnalyzer(Gazetteer gazetteer, EventLexicon events)
    {
        this.gazetteer = gazetteer;
        this.events = events;
    }

    public Gazetteer Gazetteer => gazetteer;

    /// <summary>An analyzer over the embedded lexicon.</summary>
    public static ArticleAnalyzer CreateDefault() => new(Gazetteer.LoadDefault(), EventLexicon.LoadDefault());

    /// <summary>An analyzer over the given gazetteer (e.g. built from database actors) and the embedded event lexicon.</summary>
    public static ArticleAnalyzer Create(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return new(gazetteer, EventLexicon.LoadDefault());
    }

    public ArticleAnalysis Analyze(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = input.Body ?? "";
        var normalized = ArabicNormalizer.NormalizeWithOffsets(body, keepLineBreaks: true);
        var tokens = Tokens.Split(normalized.Text);
        var dates = DateExpressions.Find(normalized, body, input.Published, tokens);
        var mentions = ActorTagger.TagTokens(gazetteer, normalized, tokens, body, input.Published, RoleDays.Of(normalized.Text, dates));
        var article = new ArticleText(body, normalized, tokens, mentions, dates, input.Published);
        var found = EventExtractor.Extract(events, article);
        var candidates = CandidateFinder.Find(normalized, tokens, mentions, body);
        // Grouped by actor in order of first mention (body, then headline), as GroupBy would, without LINQ.
        var byActor = new Dictionary<string, List<ActorMention>>(StringComparer.Ordinal);
        var order = new List<ActorEntry>();
        void Add(TaggedMention m)
        {
            if (!byActor.TryGetValue(m.Entry.Id, out var list))
            {
                byActor[m.Entry.Id] = list = [];
                order.Add(m.Entry);
            }
            list.Add(m.Mention);
        }
        foreach (var m in mentions)
        {
            Add(m);
        }
        foreach (var m in HeadlineMentions(input.Title, input.Published))
        {
            Add(m);
        }
        var actors = new List<ArticleActor>(order.Count);
        var topics = new List<ArticleActor>();
        foreach (var e in order)
        {
            var actor = new ArticleActor(e.PublicId, e.Id, e.WikidataId, e.Name, e.Kind, [.. byActor[e.Id]]);
            (ActorKinds.IsTopic(actor.Kind) ? topics : actors).Add(actor);
        }
        var dateMentions = new List<DateMention>(dates.Count);
        foreach (var d in dates)
        {
            dateMentions.Add(d.Mention);
        }
        return new ArticleAnalysis(actors, dateMentions, found, candidates) { Topics = topics };
    }

    /// <summary>The headline names actors too; its mentions index the title and are marked as such.</summary>
    private IEnumerable<TaggedMention> HeadlineMentions(string? title, DateOnly? published)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }
        var normalized = ArabicNormalizer.NormalizeWithOffsets(title);
        var tokens = Tokens.Split(normalized.Text);
        return ActorTagger.TagTokens(gazetteer, normalized, tokens, title, published)
            .Select(m => m with { Mention = m.Mention with { InTitle = true } });
    }
}
