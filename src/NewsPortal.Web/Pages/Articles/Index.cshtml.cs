using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Data;

namespace NewsPortal.Web.Pages.Articles;

[OutputCache(PolicyName = ReaderPageCache.PolicyName)]
[ReaderQuery("p")]
public class IndexModel(NewsPortalDbContext db) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<Row> Articles { get; private set; } = [];
    public int CurrentPage { get; private set; }
    public int PageCount { get; private set; }

    public async Task OnGetAsync(int p = 1, CancellationToken cancellationToken = default)
    {
        var total = await db.Articles.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(p, 1, PageCount);
        Articles = await db.Articles.NewestFirst()
            .Page(CurrentPage, PageSize)
            .Select(a => new Row(a.Id, a.Title, a.Publisher, a.PublishedOn))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(long Id, string Title, string? Publisher, DateOnly? PublishedOn);
}
