using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsPortal.Web.Pages.Account;

[EnableRateLimiting(AdminAccess.LoginLimit)]
public class LoginModel(SignInManager<IdentityUser> signIn, LoginThrottle throttle, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>One answer for an unknown address, a wrong password and a throttled client: none tells which accounts exist.</summary>
    public const string Refusal = "تعذّر الدخول: البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن محاولات كثيرة فشلت من هذا الجهاز. حاول لاحقًا.";

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
        var client = LoginThrottle.Client(HttpContext);
        if (throttle.IsBlocked(client, Email))
        {
            logger.LogWarning("Sign-in for {Email} refused: too many failures from {Client}", Email, client);
            ModelState.AddModelError(string.Empty, Refusal);
            return Page();
        }
        var user = await signIn.UserManager.FindByNameAsync(Email);
        if (user is null)
        {
            // As long as checking a real password takes, so the time taken does not tell either.
            signIn.UserManager.PasswordHasher.HashPassword(new IdentityUser(), Password);
        }
        // No account lockout: the throttle above stops a guessing client without locking the owner out.
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(client, Email);
            logger.LogInformation("Admin sign-in: {Email}", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }
        throttle.Failed(client, Email);
        logger.LogWarning("Failed sign-in for {Email} from {Client}", Email, client);
        ModelState.AddModelError(string.Empty, Refusal);
        return Page();
    }
}
