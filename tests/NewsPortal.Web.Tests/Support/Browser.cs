using Microsoft.Playwright;

namespace NewsPortal.Web.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; screenshots go to TestResults/screenshots.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ScreenshotFolder { get; } = Path.Combine(NewsPortal.Tests.Support.RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A page in a fresh context; <paramref name="storageState"/> carries cookies saved from another (a signed-in session).</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string? storageState = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "ar", StorageState = storageState });
        // CI shares two cores between the browser, the portal and PostgreSQL: a page can take longer
        // than Playwright's 30 s default there without anything being wrong.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
    }
}
