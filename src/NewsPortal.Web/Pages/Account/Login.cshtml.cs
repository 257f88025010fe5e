using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsPortal.Web.Pages.Account;

[EnableRateLimiting(AdminAccess.LoginLimit)]
public class LoginModel(SignInManager<IdentityUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "البريد الإلكتروني مطلوب")]
    [EmailAddress(ErrorMessage = "بريد إلكتروني غير صالح")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "كلمة المرور مطلوبة")]
    [DataType(DataType.Password)]
    [StringLength(256)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Admin sign-in: {Email}", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }
        logger.LogWarning("Failed sign-in for {Email} (locked out: {LockedOut})", Email, result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "تم قفل الحساب مؤقتًا بعد محاولات فاشلة متكررة. حاول بعد 15 دقيقة."
            : "البريد الإلكتروني أو كلمة المرور غير صحيحة.");
        return Page();
    }
}
