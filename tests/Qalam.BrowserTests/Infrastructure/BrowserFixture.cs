using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.BrowserTests.Infrastructure;

/// <summary>
/// One real Kestrel server (the app on its own SQLite file with the demo organisation) and one headless Debian Chromium
/// for the whole assembly. Tests open their own browser context. Chromium missing is a failure, never a skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private WebApplicationFactory<Program>? _factory;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("qalam-browser-").FullName;
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Where screenshots go: the test output folder, kept after the run.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; run scripts/test (it installs Debian's chromium package).");
        }
        // A free port chosen here and given as the server's address: otherwise the host falls back to Kestrel's
        // default 5000, which another run on the machine may hold.
        var port = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseUrls($"http://127.0.0.1:{port}");
            b.UseEnvironment("Testing");
            b.UseSetting("Qalam:Data", DataDirectory);
            b.UseSetting("Qalam:SeedDemo", "true");
            // Every journey signs in from the same loopback address on this one shared server; the per-IP sign-in
            // limit (10 a minute) is tested by the integration tests, and would only make journeys wait here.
            b.UseSetting("Qalam:SignInAttemptsPerMinute", "1000");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        File.Delete(PageWatch.LogPath);
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "ar-LY")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        // Generous: on CI this suite shares two cores with the integration suite (load average 12). What a test
        // checks is not how fast, which bench/ measures.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        PageWatch.Attach(page);
        return page;
    }

    /// <summary>Creates a person through the app, as `users add` does.</summary>
    public async Task<(string Email, string Password)> AddPersonAsync(Role role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        const string password = "correct horse battery staple";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeopleService>().AddAsync(email, $"{role} {email[..8]}", role, password);
        return (email, password);
    }

    /// <summary>
    /// Signs in through the form on the sign-in page and waits for the dashboard. When it does not come, the failure
    /// says where the browser is and what that page says, which Playwright's timeout does not.
    /// </summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await ReachDashboardAsync(page, $"Signing in as {email}");
    }

    /// <summary>Waits for the dashboard after a sign-in step; on a timeout, says where the browser is and what it shows.</summary>
    public static async Task ReachDashboardAsync(IPage page, string step)
    {
        try
        {
            // The dashboard's heading, not the page's load event: on a loaded machine a resource (a web font) held the
            // load event past the timeout while the dashboard was already on the screen.
            await page.WaitForURLAsync("**/admin", new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("main h1").WaitForAsync();
        }
        catch (TimeoutException e)
        {
            var said = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"{step} did not reach /admin: the browser is at {page.Url}, which says: {said[..Math.Min(400, said.Length)]}", e);
        }
    }

    /// <summary>Runs axe-core on the page and returns the serious and critical violations, described for the failure message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        return violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Targets)}")
            .ToList();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _factory?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
            File.Delete(DataDirectory + ".keyring-key");
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
