using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Text;
using NewsPortal.Model;
using NewsPortal.Tests.Support;

namespace NewsPortal.Web.Tests.Pages;

/// <summary>
/// Inserts articles, tags and events straight into the portal's database, as the tagging stage
/// would, so page tests control exactly what readers should see.
/// </summary>
public sealed class ReaderData(TestDatabase database)
{
    public const string Putin = "np:person/vladimir-putin";
    public const string Kim = "np:person/kim-jong-un";
    public const string Shoigu = "np:person/sergei-shoigu";
    public const string Russia = "np:country/russia";
    public const string NorthKorea = "np:country/north-korea";
    public const string Pyongyang = "np:place/pyongyang";
    public const string Vladivostok = "np:place/vladivostok";

    public async Task<Actor> ActorAsync(string key)
    {
        await using var db = database.CreateContext();
        return await db.Actors.AsNoTracking().SingleAsync(a => a.Key == key);
    }

    public async Task<Source> SourceAsync(string name)
    {
        await using var db = database.CreateContext();
        var source = new Source { Name = name, Kind = SourceKind.Feed, Location = $"https://test.invalid/{Guid.NewGuid():N}/feed", CreatedAtUtc = DateTime.UtcNow };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>An article; each actor key is tagged at every place one of its spellings occurs.</summary>
    public async Task<Article> ArticleAsync(
        string title, string body, DateOnly? publishedOn = null, string publisher = "وكالة الاختبار",
        int? sourceId = null, long? copyOf = null, params (string ActorKey, string Spelling)[] mentions)
    {
        await using var db = database.CreateContext();
        var article = new Article
        {
            Title = title,
            Body = body,
            Publisher = publisher,
            PublishedOn = publishedOn,
            Language = "ar",
            ContentHash = Guid.NewGuid().ToString("N"),
            Url = $"https://test.invalid/{Guid.NewGuid():N}",
            SearchText = ArabicNormalizer.Normalize(title + "\n" + body),
            SourceId = sourceId,
            CopyOfArticleId = copyOf,
            FetchedAtUtc = DateTime.UtcNow,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        foreach (var (key, spelling) in mentions)
        {
            var actorId = await db.Actors.Where(a => a.Key == key).Select(a => a.Id).SingleAsync();
            foreach (var start in Occurrences(body, spelling))
            {
                db.Mentions.Add(new Mention { ArticleId = article.Id, ActorId = actorId, Start = start, End = start + spelling.Length });
            }
        }
        await db.SaveChangesAsync();
        return article;
    }

    public async Task DateMentionAsync(Article article, string expression, DateOnly value, DatePrecision precision = DatePrecision.Day)
    {
        await using var db = database.CreateContext();
        var start = article.Body.IndexOf(expression, StringComparison.Ordinal);
        Assert.True(start >= 0, $"«{expression}» is not in the article");
        db.DateMentions.Add(new DateMention { ArticleId = article.Id, Start = start, End = start + expression.Length, ValueStart = value, ValueEnd = value, Precision = precision });
        await db.SaveChangesAsync();
    }

    /// <summary>An event reported by each article at its evidence sentence, with its trigger word inside.</summary>
    public async Task<Event> EventAsync(
        string type, DateOnly? date, string summary,
        string[] participants, (Article Article, string Evidence, string Trigger)[] reports,
        DatePrecision precision = DatePrecision.Day, EventStatus status = EventStatus.Happened,
        ReviewState review = ReviewState.Unreviewed, string? location = null,
        EventScope scope = EventScope.Focus, DateBasis basis = DateBasis.Stated)
    {
        await using var db = database.CreateContext();
        var ev = new Event
        {
            Type = type,
            Cameo = "040",
            DateStart = date,
            DateEnd = date,
            Precision = precision,
            DateBasis = basis,
            Status = status,
            Scope = scope,
            Summary = summary,
            Review = review,
            CreatedAtUtc = DateTime.UtcNow,
            LocationActorId = location is null ? null : await db.Actors.Where(a => a.Key == location).Select(a => a.Id).SingleAsync(),
        };
        var role = ParticipantRole.Actor;
        foreach (var key in participants)
        {
            ev.Participants.Add(new EventParticipant { ActorId = await db.Actors.Where(a => a.Key == key).Select(a => a.Id).SingleAsync(), Role = role });
            role = ParticipantRole.Target;
        }
        foreach (var (article, evidence, trigger) in reports)
        {
            var start = article.Body.IndexOf(evidence, StringComparison.Ordinal);
            Assert.True(start >= 0, $"«{evidence}» is not in the article");
            var triggerStart = article.Body.IndexOf(trigger, start, StringComparison.Ordinal);
            Assert.True(triggerStart >= 0, $"«{trigger}» is not in the evidence");
            ev.Mentions.Add(new EventMention
            {
                ArticleId = article.Id,
                EvidenceStart = start,
                EvidenceEnd = start + evidence.Length,
                TriggerStart = triggerStart,
                TriggerEnd = triggerStart + trigger.Length,
                Trigger = trigger,
                Fingerprint = NewsPortal.Tagging.ArticleTagger.Fingerprint(article, ev.Type, evidence),
            });
        }
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
