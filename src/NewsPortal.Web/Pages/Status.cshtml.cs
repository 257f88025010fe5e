using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace NewsPortal.Web.Pages;

/// <summary>
/// The page a reader sees for an error status that came without a body (a 404 from a page, a
/// missing file): in the portal's language and layout, with the way back, instead of the browser's own.
/// </summary>
// A refused form post (429, 400) is re-executed as a post: it carries no token for this page.
[IgnoreAntiforgeryToken]
public class StatusModel(IStringLocalizer<SharedResource> text) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        // Re-executed for the original request: keep its status, not 200.
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => (text["الصفحة غير موجودة"].Value, text["لا توجد صفحة بهذا العنوان. ربما نُقلت أو كُتب الرابط خطأً."].Value),
            StatusCodes.Status400BadRequest => (text["طلب غير صالح"].Value, text["تعذّر فهم هذا الطلب. راجع الرابط وحاول مرة أخرى."].Value),
            StatusCodes.Status403Forbidden => (text["غير مسموح"].Value, text["لا تملك صلاحية فتح هذه الصفحة."].Value),
            _ => (text["حدث خطأ"].Value, text["تعذّر عرض هذه الصفحة. حاول مرة أخرى لاحقًا."].Value),
        };
    }

    public void OnPost(int code) => OnGet(code);
}
