using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Actors;
using NewsPortal.Analysis;
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
public sealed class ArticleTagger(IDbContextFactory<NewsPortalDbContext> contexts, GazetteerProvider gazetteers, TimeProvider clock)
{
    private NewsPortalDbContext db = null!;

    public async Task<TagResult> TagAsync(long articleId, CancellationToken cancellationToken)
    {
        // Its own unit of work: the caller's change tracker is left alone.
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        db = context;
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new InvalidOperationException($"Article {articleId} does not exist.");
        var analyzer = ArticleAnalyzer.Create(await gazetteers.GetAsync(cancellationToken));
        var analysis = analyzer.Analyze(new ArticleInput(article.Title, article.Body, article.PublishedOn));

        // All of an article's tags change together; the execution strategy retries the whole unit.
        var strategy = db.Database.CreateExecutionStrategy();
        var events = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var added = await ReplaceTagsAsync(article, analysis, ct);
            await transaction.CommitAsync(ct);
            return added;
        }, cancellationToken);
        return new TagResult(analysis.Actors.Sum(a => a.Mentions.Count), analysis.Dates.Count, events);
    }

    private async Task<int> ReplaceTagsAsync(Article article, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        await ClearAsync(article.Id, cancellationToken);

        var actorIds = await ActorIdsAsync(analysis, cancellationToken);
        foreach (var actor in analysis.Actors)
        {
            if (actorIds.TryGetValue(actor.OwnId, out var id))
            {
                db.Mentions.AddRange(actor.Mentions.Select(m => new Mention { ArticleId = article.Id, ActorId = id, Start = m.Start, End = m.End }));
            }
        }
        foreach (var date in analysis.Dates)
        {
            var (start, end, precision) = DateValue.Parse(date.Value, date.Precision);
            db.DateMentions.Add(new DateMention { ArticleId = article.Id, Start = date.Start, End = date.End, ValueStart = start, ValueEnd = end, Precision = precision });
        }
        await db.SaveChangesAsync(cancellationToken);

        var events = 0;
        foreach (var found in analysis.Events)
        {
            if (await AddEventAsync(article, found, actorIds, cancellationToken))
            {
                events++;
            }
        }
        await ProposeCandidatesAsync(analysis.Candidates, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return events;
    }

    /// <summary>Removes an article's tags; events left with no report are removed too.</summary>
    private async Task ClearAsync(long articleId, CancellationToken cancellationToken)
    {
        var eventIds = await db.EventMentions.Where(m => m.ArticleId == articleId).Select(m => m.EventId).Distinct().ToListAsync(cancellationToken);
        await db.Mentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.DateMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.EventMentions.Where(m => m.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Events.Where(e => eventIds.Contains(e.Id) && !e.Mentions.Any()).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> AddEventAsync(
        Article article, Engine.Events.EventMention found, Dictionary<string, int> actorIds, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(article, found.Type, found.Evidence);
        var decision = await db.EventDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Fingerprint == fingerprint, cancellationToken);
        var (start, end, precision) = DateValue.Parse(found.Date, found.DatePrecision);
        var status = found.Status switch
        {
            Engine.Events.EventStatus.Planned => EventStatus.Planned,
            Engine.Events.EventStatus.Alleged => EventStatus.Alleged,
            Engine.Events.EventStatus.Denied => EventStatus.Denied,
            _ => EventStatus.Happened,
        };
        var participants = found.Participants
            .Where(p => actorIds.ContainsKey(p.OwnId))
            .Select(p => (ActorId: actorIds[p.OwnId], Role: p.Role == Engine.Events.ParticipantRole.Target ? ParticipantRole.Target : ParticipantRole.Actor))
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
                (start, end, precision) = (decision.DateStart, decision.DateEnd, p);
            }
            status = decision.Status ?? status;
            if (decision.ActorKeys is { } keys)
            {
                var ids = await db.Actors.Where(a => keys.Contains(a.Key)).Select(a => a.Id).ToListAsync(cancellationToken);
                participants = [.. ids.Select(id => (id, ParticipantRole.Actor))];
            }
        }

        int? locationId = found.LocationId is { } loc && actorIds.TryGetValue(loc, out var l) ? l : null;
        var ev = review == ReviewState.Rejected
            ? null
            : await EventLinker.FindSameHappeningAsync(db, article.Id, type, start, precision, participants.Select(p => p.ActorId).ToList(), cancellationToken);
        if (ev is null)
        {
            ev = new Event
            {
                Type = type,
                Cameo = cameo,
                DateStart = start,
                DateEnd = end,
                Precision = precision,
                Status = status,
                LocationActorId = locationId,
                Summary = Summary(found.Evidence),
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
        return review != ReviewState.Rejected;
    }

    /// <summary>Titled people the gazetteer does not know become candidates for an admin, once.</summary>
    private async Task ProposeCandidatesAsync(IReadOnlyList<Engine.Actors.CandidateActor> candidates, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates.DistinctBy(c => ArabicNormalizer.Normalize(c.Name)))
        {
            var key = "np:candidate/" + ArabicNormalizer.Normalize(candidate.Name).Replace(' ', '-');
            if (key.Length > 200 || await db.Actors.AnyAsync(a => a.Key == key, cancellationToken))
            {
                continue;
            }
            var actor = new Actor { Key = key, Kind = "person", NameAr = Truncate(candidate.Name, 300), NameEn = Truncate(candidate.Name, 300), Status = ActorStatus.Candidate };
            actor.Roles.Add(new ActorRole { Title = Truncate(candidate.Title, 300) });
            db.Actors.Add(actor);
        }
    }

    private async Task<Dictionary<string, int>> ActorIdsAsync(ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var keys = analysis.Actors.Select(a => a.OwnId)
            .Concat(analysis.Events.SelectMany(e => e.Participants.Select(p => p.OwnId)))
            .Concat(analysis.Events.Where(e => e.LocationId is not null).Select(e => e.LocationId!))
            .Distinct()
            .ToList();
        var rows = await db.Actors.Where(a => keys.Contains(a.Key) || (a.WikidataId != null && keys.Contains(a.WikidataId)))
            .Select(a => new { a.Id, a.Key, a.WikidataId })
            .ToListAsync(cancellationToken);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
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

    private static string Summary(string evidence) => Truncate(evidence.ReplaceLineEndings(" ").Trim(), 2000);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

public sealed record TagResult(int Mentions, int Dates, int Events);
