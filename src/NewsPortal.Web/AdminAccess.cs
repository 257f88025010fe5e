using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using NewsPortal.Admin;
using NewsPortal.Data;

namespace NewsPortal.Web;

/// <summary>
/// Sign-in for admins: Identity cookies checked against the account on every request, an admin-only
/// policy on /admin and every write, a rate limit on login per client and a <see cref="LoginThrottle"/>
/// per client and account, and keys stored in the database so any app instance can read another's cookies.
/// </summary>
public static class AdminAccess
{
    public const string Policy = "admin";
    public const string LoginLimit = "login";

    public static void Add(IServiceCollection services)
    {
        new IdentityBuilder(typeof(IdentityUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        // Every signed-in request re-reads the account: a demoted or removed admin loses access at once,
        // not when the cookie's security stamp is next checked (30 minutes by default). Readers have no cookie.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<LoginThrottle>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AdminAccounts.Role));
        // Kept as written, not encrypted again: docs/security.md ("Where secrets live") says why.
        services.AddDataProtection().SetApplicationName("NewsPortal").PersistKeysToDbContext<NewsPortalDbContext>();
        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts (posts) per client; showing the form costs nothing.
            limits.AddPolicy(LoginLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    LoginThrottle.Client(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
    }

    /// <summary>A value that cannot be read (a letter in a number field) is reported in Arabic, like the other form errors.</summary>
    public static void UseArabicBindingMessages(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(value => $"القيمة «{Shorten(value)}» غير صالحة.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"القيمة «{Shorten(value)}» غير صالحة.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"القيمة «{Shorten(value)}» غير صالحة.");
        messages.SetValueMustBeANumberAccessor(_ => "يجب أن تكون القيمة رقمًا.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "يجب أن تكون القيمة رقمًا.");
        messages.SetMissingBindRequiredValueAccessor(_ => "قيمة مطلوبة ناقصة.");
        messages.SetMissingKeyOrValueAccessor(() => "قيمة مطلوبة ناقصة.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "الطلب فارغ.");
        messages.SetValueMustNotBeNullAccessor(_ => "قيمة مطلوبة ناقصة.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "قيمة غير صالحة.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "قيمة غير صالحة.");
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
