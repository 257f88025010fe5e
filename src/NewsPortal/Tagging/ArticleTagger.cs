using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Analysis;
using NewsPortal.Analysis.Relevance;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;
using Engine = NewsPortal.Analysis;

namespace NewsPortal.Tagging;

/// <summary>
/// The tag stage: runs the engine over an article's stored text and replaces its mentions, dates
/// and event reports. Events are linked to the same happening reported elsewhere, and admin
/// decisions (rejections, corrections) are applied again by fingerprint.
/// </summary>
public sealed partial class ArticleTagger(IDbContextFactory<NewsPortalDbContext> contexts, GazetteerProvider gazetteers, TimeProvider clock)
{
    private NewsPortalDbContext db = null!;

    /// <summary>The country each tagged actor speaks for (the linker compares speakers by it).</summary>
    private readonly Dictionary<int, string?> sides = [];

    public async Task<TagResult> TagAsync(long articleId, CancellationToken cancellationToken)
    {
        // Its own unit of work: the caller's change tracker is left alone.
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        db = context;
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new InvalidOperationException($"Article {articleId} does not exist.");
        var gazetteer = await gazetteers.GetAsync(cancellationToken);
        var analysis = ArticleAnalyzer.Create(gazetteer).Analyze(new ArticleInput(article.Title, article.Body, article.PublishedOn));
        var relevance = RelevanceScorer.Score(TimelineFocus.Default, gazetteer, article.Language, article.Body, analysis);

        // All of an article's tags change together; the execution strategy retries the whole unit.
        var strategy = db.Database.CreateExecutionStrategy();
        var events = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var added = await ReplaceTagsAsync(article, analysis, relevance, ct);
            await transaction.CommitAsync(ct);
            return added;
        }, cancellationToken);
        return new TagResult(analysis.Actors.Sum(a => a.Mentions.Count), analysis.Dates.Count, events);
    }

    private async Task<int> ReplaceTagsAsync(Article article, ArticleAnalysis analysis, ArticleRelevance relevance, CancellationToken cancellationToken)
    {
        // Events this article reported before and reports now: their scope may change with it.
        var touched = await ClearAsync(article.Id, cancellationToken);
        // An admin's topic decision outlives every re-tag; the score only decides when there is none.
        var reason = Truncate(relevance.Reason, 500);
        await db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Relevance, relevance.Score)
            .SetProperty(a => a.RelevanceReason, reason)
            .SetProperty(a => a.OnTopic, a => a.TopicDecision == null ? relevance.OnTopic : a.TopicDecision == TopicDecision.OnTopic), cancellationToken);

        var actorIds = await ActorIdsAsync(analysis, cancellationToken);
        // Topics (wars, treaties, weapons) are stored like actors, so a search for them finds the article.
        foreach (var actor in analysis.Actors.Concat(analysis.Topics))
        {
            if (actorIds.TryGetValue(actor.OwnId, out var id))
            {
                db.Mentions.AddRange(actor.Mentions.Select(m => m.InTitle
                    ? new Mention { ArticleId = article.Id, ActorId = id, Start = Mention.Headline, End = Mention.Headline }
                    : new Mention { ArticleId = article.Id, ActorId = id, Start = m.Start, End = m.End }));
            }
        }
        foreach (var date in analysis.Dates)
        {
            var (start, end, precision) = DateValue.Parse(date.Value, date.Precision);
            db.DateMentions.Add(new DateMention { ArticleId = article.Id, Start = date.Start, End = date.End, ValueStart = start, ValueEnd = end, Precision = precision });
        }
        await db.SaveChangesAsync(cancellationToken);

        var events = 0;
        var dated = new List<(Engine.Events.EventMention Found, Event Card)>();
        foreach (var found in analysis.Events)
        {
            var clause = found.Date is null ? DatedInSameClause(article.Body, found, dated) : null;
            if (await AddEventAsync(article, found, actorIds, cancellationToken, clause) is { } ev)
            {
                if (ev.DateBasis == DateBasis.Stated && ev.DateStart is not null)
                {
                    dated.Add((found, ev));
                }
                touched.Add(ev.Id);
                events += ev.Review == ReviewState.Rejected ? 0 : 1;
            }
        }
        await ProposeCandidatesAsync(analysis.Candidates, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await EventScopes.RefreshAsync(db, TimelineFocus.Default, touched, cancellationToken);
        return events;
    }

    /// <summary>Removes an article's tags; events left with no report are removed too. Returns the events it reported.</summary>
    private async Task<HashSet<long>> ClearAsync(long articleId, CancellationToken cancellationToken)
    {
        var eventIds = await db.EventMentions.Where(m => m.ArticleId == articleId).Select(m => m.EventId).Distinct().ToListAsync(cancellationToken);
        await db.Mentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.DateMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.EventMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => eventIds.Contains(e.Id) && !e.Mentions.Any()).ExecuteDeleteAsync(cancellationToken);
        return [.. eventIds];
    }

    /// <summary>
    /// Acts told in one clause happen together: an act with no date of its own takes the date of
    /// the dated card another act of its clause joined ("ended the first day of the visit with the
    /// signing"). Said things are not acts; a comma, semicolon or "و"/"لكن" between the two
    /// triggers ends the clause.
    /// </summary>
    private static Event? DatedInSameClause(string body, Engine.Events.EventMention found, List<(Engine.Events.EventMention Found, Event Card)> dated)
    {
        if (EventLinker.IsSaid(found.Cameo))
        {
            return null;
        }
        foreach (var (other, card) in dated)
        {
            if (other.Start != found.Start || EventLinker.IsSaid(other.Cameo) || other.Cameo[..2] == found.Cameo[..2])
            {
                continue;
            }
            var (from, to) = other.TriggerEnd <= found.TriggerStart ? (other.TriggerEnd, found.TriggerStart) : (found.TriggerEnd, other.TriggerStart);
            if (from <= to && to <= body.Length && !ClauseBreak().IsMatch(body.AsSpan(from, to - from)))
            {
                return card;
            }
        }
        return null;
    }

    [GeneratedRegex(@"[،,؛;.!?:]|(?<!\S)(و|ولكن|لكن|بينما|فيما|كما|ثم)(?!\S)")]
    private static partial Regex ClauseBreak();

    private async Task<Event?> AddEventAsync(
        Article article, Engine.Events.EventMention found, Dictionary<string, int> actorIds, CancellationToken cancellationToken, Event? clause = null)
    {
        var fingerprint = Fingerprint(article, found.Type, found.Evidence);
        var decision = await db.EventDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Fingerprint == fingerprint, cancellationToken);
        var (start, end, precision) = DateValue.Parse(found.Date, found.DatePrecision);
        // No date of its own in a dated article: placed on the day it was reported, and marked so.
        var basis = DateBasis.Stated;
        if (start is null && clause is not null)
        {
            (start, end, precision) = (clause.DateStart, clause.DateEnd, clause.Precision);
        }
        if (start is null && article.PublishedOn is { } reported)
        {
            (start, end, precision, basis) = (reported, reported, DatePrecision.Day, DateBasis.Reported);
        }
        var status = EngineValues.Stored(found.Status);
        var participants = found.Participants
            .Where(p => actorIds.ContainsKey(p.OwnId))
            .Select(p => (ActorId: actorIds[p.OwnId], Role: EngineValues.Stored(p.Role)))
            .Distinct()
            .ToList();
        var type = found.Type;
        var cameo = found.Cameo;
        var review = ReviewState.Unreviewed;

        if (decision is not null)
        {
            review = decision.Action switch
            {
                DecisionAction.Reject => ReviewState.Rejected,
                DecisionAction.Correct => ReviewState.Corrected,
                _ => ReviewState.Confirmed,
            };
            type = decision.Type ?? type;
            cameo = decision.Cameo ?? cameo;
            if (decision.Precision is { } p)
            {
                (start, end, precision, basis) = (decision.DateStart, decision.DateEnd, p, DateBasis.Stated);
            }
            status = decision.Status ?? status;
            if (decision.ActorKeys is { } keys)
            {
                var ids = await db.Actors.Where(a => keys.Contains(a.Key)).Select(a => a.Id).ToListAsync(cancellationToken);
                participants = [.. ids.Select(id => (id, ParticipantRole.Actor))];
            }
        }

        int? locationId = found.LocationId is { } loc && actorIds.TryGetValue(loc, out var l) ? l : null;
        var ev = review == ReviewState.Rejected || decision?.KeepApart == true
            ? null
            : decision?.JoinFingerprint is { } join
                ? await EventLinker.EventOfReportAsync(db, join, cancellationToken)
                : await EventLinker.FindSameHappeningAsync(db, new EventLinker.Probe(cameo, start, end, precision, basis,
                    [.. participants.Select(p => new EventLinker.Party(p.ActorId, p.Role, sides.GetValueOrDefault(p.ActorId)))],
                    locationId is { } place ? sides.GetValueOrDefault(place) : null, article.Id, found.Start), cancellationToken);
        if (ev is not null)
        {
            EventLinker.Join(ev, start, end, precision, basis, status);
        }
        else
        {
            ev = new Event
            {
                Type = type,
                Cameo = cameo,
                DateStart = start,
                DateEnd = end,
                Precision = precision,
                DateBasis = basis,
                Status = status,
                LocationActorId = locationId,
                Summary = Truncate(EventHeadline.From(found.Evidence, found.TriggerStart - found.Start), 2000),
                Review = review,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            ev.Participants.AddRange(participants.Select(p => new EventParticipant { ActorId = p.ActorId, Role = p.Role }));
            db.Events.Add(ev);
        }
        ev.Mentions.Add(new EventMention
        {
            ArticleId = article.Id,
            EvidenceStart = found.Start,
            EvidenceEnd = found.End,
            TriggerStart = found.TriggerStart,
            TriggerEnd = found.TriggerEnd,
            Trigger = Truncate(found.Trigger, 100),
            Fingerprint = fingerprint,
            Attribution = found.Source is { } source ? Truncate(source, 500) : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ev;
    }

    /// <summary>
    /// Actors the gazetteer does not know (titled people, foreign names, outlets, companies) become
    /// candidates for an admin, once, with their kind and the title they came with; accepted, they tag from the next re-tag.
    /// </summary>
    private async Task ProposeCandidatesAsync(IReadOnlyList<Engine.Actors.CandidateActor> candidates, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates.DistinctBy(c => ArabicNormalizer.Normalize(c.Name)))
        {
            var key = "np:candidate/" + ArabicNormalizer.Normalize(candidate.Name).Replace(' ', '-');
            if (key.Length > 200 || await db.Actors.AnyAsync(a => a.Key == key, cancellationToken))
            {
                continue;
            }
            var actor = new Actor { Key = key, Kind = candidate.Kind, NameAr = Truncate(candidate.Name, 300), NameEn = Truncate(candidate.Name, 300), Status = ActorStatus.Candidate };
            if (candidate.Title.Length > 0)
            {
                actor.Roles.Add(new ActorRole { Title = Truncate(candidate.Title, 300) });
            }
            db.Actors.Add(actor);
        }
    }

    private async Task<Dictionary<string, int>> ActorIdsAsync(ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var keys = analysis.Actors.Concat(analysis.Topics).Select(a => a.OwnId)
            .Concat(analysis.Events.SelectMany(e => e.Participants.Select(p => p.OwnId)))
            .Concat(analysis.Events.Where(e => e.LocationId is not null).Select(e => e.LocationId!))
            .Distinct()
            .ToList();
        var rows = await db.Actors.Where(a => keys.Contains(a.Key) || (a.WikidataId != null && keys.Contains(a.WikidataId)))
            .Select(a => new { a.Id, a.Key, a.WikidataId, Side = a.Kind == EventLinker.CountryKind ? a.Key : a.CountryKey })
            .ToListAsync(cancellationToken);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            sides[row.Id] = row.Side;
            ids[row.Key] = row.Id;
            if (row.WikidataId is not null)
            {
                ids[row.WikidataId] = row.Id;
            }
        }
        return ids;
    }

    /// <summary>Same article identity, same type, same evidence sentence → same report.</summary>
    public static string Fingerprint(Article article, string type, string evidence)
    {
        var identity = article.CanonicalUrl ?? article.ContentHash;
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}\n{type}\n{ArabicNormalizer.Normalize(evidence)}"));
        return Convert.ToHexStringLower(bytes);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

public sealed record TagResult(int Mentions, int Dates, int Events);
