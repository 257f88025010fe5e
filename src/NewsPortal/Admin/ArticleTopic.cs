using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Relevance;
using NewsPortal.Model;
using NewsPortal.Data;
using NewsPortal.Tagging;

namespace NewsPortal.Admin;

/// <summary>
/// An admin marks an article on topic, off topic or hidden, or hands the verdict back to the score.
/// The decision is kept on the article (re-tagging and re-ingestion leave it), audited, and moves the
/// article's events between the default timeline, "all events" and nowhere at once.
/// </summary>
public sealed class ArticleTopic(NewsPortalDbContext db, AuditLog audit)
{
    public Task<EditResult> DecideAsync(long articleId, TopicDecision? decision, string user, CancellationToken cancellationToken) =>
        AdminTransaction.RunAsync(db, async ct =>
        {
            var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, ct);
            if (article is null)
            {
                return new EditResult("لا توجد مقالة بهذا المعرّف.");
            }
            article.TopicDecision = decision;
            article.OnTopic = decision switch
            {
                TopicDecision.OnTopic => true,
                null => article.Relevance is not { } score || score >= RelevanceScorer.Threshold,
                _ => false,
            };
            audit.Record(user, "article.topic", $"article {article.Id}", decision?.ToString() ?? "by score");
            await db.SaveChangesAsync(ct);
            await EventScopes.RefreshArticleAsync(db, TimelineFocus.Default, article.Id, ct);
            return EditResult.Ok;
        }, cancellationToken);
}
