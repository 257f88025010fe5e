using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsPortal.Web.Pages.Admin;

/// <summary>
/// Base of the admin pages. The folder is admin-only by convention (Program.cs), which covers every
/// handler, GET and POST; Razor Pages check the anti-forgery token of every POST.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    /// <summary>The signed-in admin, as written to the audit log.</summary>
    protected string Admin => User.Identity?.Name ?? "unknown";

    /// <summary>A message shown once on the next page (after a redirect).</summary>
    protected void Flash(string message) => TempData["Message"] = message;

    protected void FlashError(string message) => TempData["Error"] = message;
}
