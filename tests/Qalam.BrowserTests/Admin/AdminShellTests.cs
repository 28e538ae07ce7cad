using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Admin;

/// <summary>The admin's frame: dashboard, post list, settings and audit log pass axe in Arabic and English, on a phone and a desktop; the sidebar folds behind a button on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminShellTests(BrowserFixture browser)
{
    private static readonly string[] Pages = ["/admin", "/admin/posts", "/admin/settings", "/admin/audit"];

    private async Task<IPage> SignedInAdministratorAsync(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }

    private static async Task CheckAsync(IPage page, string url, string language, int width)
    {
        await page.GotoAsync(url);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await BrowserFixture.ScreenshotAsync(page, $"admin-{language}-{width}{url.Replace('/', '-')}");
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{url} ({language}, {width}px): {string.Join("; ", violations)}");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_admin_frame_passes_axe_in_arabic_and_in_english(int width)
    {
        var page = await SignedInAdministratorAsync(width);
        foreach (var url in Pages) await CheckAsync(page, url, "ar", width);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        foreach (var url in Pages) await CheckAsync(page, url, "en", width);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_sidebar_hides_behind_a_menu_button_that_opens_it()
    {
        var page = await SignedInAdministratorAsync(390);
        var audit = page.GetByRole(AriaRole.Link, new() { Name = "سجل التدقيق", Exact = true });
        Assert.False(await audit.IsVisibleAsync());

        await page.Locator("details.admin-menu > summary").ClickAsync();
        await audit.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-ar-390-menu-open");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await audit.ClickAsync();
        await page.WaitForURLAsync("**/admin/audit");
        Assert.Equal("page", await page.Locator(".admin-nav a[href='/admin/audit']").GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_sidebar_is_always_open_beside_the_page()
    {
        var page = await SignedInAdministratorAsync(1280);
        Assert.False(await page.Locator("details.admin-menu > summary").IsVisibleAsync());
        var nav = await page.Locator(".admin-nav").BoundingBoxAsync();
        var main = await page.Locator("main").BoundingBoxAsync();
        // Right to left: the sidebar stands at the right of the page.
        Assert.True(nav!.X > main!.X, $"sidebar at {nav.X}, page at {main.X}");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "سجل التدقيق", Exact = true }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
