using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Admin;
using NewsPortal.Model;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Admin.Articles;

/// <summary>An article's relevance score and reason, and the admin's decision: on topic, off topic, hidden, or by score.</summary>
public class TopicModel(NewsPortalDbContext db, ArticleTopic topics) : AdminPageModel
{
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        return Page();
    }

    // decision: on, off, hidden or score.
    public async Task<IActionResult> OnPostAsync(long id, string? decision, CancellationToken cancellationToken)
    {
        TopicDecision? chosen = decision switch
        {
            "on" => TopicDecision.OnTopic,
            "off" => TopicDecision.OffTopic,
            "hidden" => TopicDecision.Hidden,
            _ => null,
        };
        if (decision is not ("on" or "off" or "hidden" or "score"))
        {
            FlashError("اختر قرارًا: في الموضوع، أو خارج الموضوع، أو إخفاء، أو حسب الدرجة.");
            return RedirectToPage("Topic", new { id });
        }
        var result = await topics.DecideAsync(id, chosen, Admin, cancellationToken);
        if (result.Succeeded)
        {
            Flash($"حُفظ قرار موضوع المقالة {id}؛ يبقى بعد إعادة الوسم وإعادة الاستخراج.");
        }
        else
        {
            FlashError(result.Error!);
        }
        return RedirectToPage("Topic", new { id });
    }
}
