using Microsoft.Playwright;
using NewsPortal.Web.Tests.Support;

namespace NewsPortal.Web.Tests.Admin;

/// <summary>Signed-in browser pages for the admin tests. Login is rate-limited per address: each account signs in once per test run and the session is reused.</summary>
public static class AdminSessions
{
    private static readonly Dictionary<string, string> Sessions = [];
    private static readonly SemaphoreSlim SessionGate = new(1, 1);

    public static async Task<IPage> SignedInAsync(Browser browser, AdminPortal portal, string email)
    {
        await SessionGate.WaitAsync();
        try
        {
            if (Sessions.TryGetValue(email, out var state))
            {
                return await browser.NewPageAsync(portal.BaseAddress, state);
            }
            var page = await browser.NewPageAsync(portal.BaseAddress);
            await page.GotoAsync("/account/login");
            await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
            await page.GetByLabel("كلمة المرور").FillAsync(AdminPortal.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
            Sessions[email] = await page.Context.StorageStateAsync();
            return page;
        }
        finally
        {
            SessionGate.Release();
        }
    }
}
