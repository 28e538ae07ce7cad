using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Admin;

/// <summary>The post list, the editor and the settings in Arabic on a phone and a desktop: screenshots, and axe on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PostAndSettingsScreensTests(BrowserFixture browser)
{
    private async Task<IPage> SignedInAdministratorAsync(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }

    private static async Task CheckAsync(IPage page, string name, int width)
    {
        await BrowserFixture.ScreenshotAsync(page, $"admin-{name}-ar-{width}");
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name}: {string.Join("; ", violations)}");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_post_list_editor_and_settings_pass_axe_in_arabic(int width)
    {
        var page = await SignedInAdministratorAsync(width);

        await page.GotoAsync("/admin/posts");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "الترتيب" }).WaitForAsync();
        await CheckAsync(page, "posts", width);

        await page.Locator(".row-links a", new() { HasTextString = "تحرير" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "الصورة البارزة" }).WaitForAsync();
        await CheckAsync(page, "post-editor", width);

        await page.GotoAsync("/admin/settings");
        await page.GetByRole(AriaRole.Group, new() { Name = "القائمة الرئيسية" }).WaitForAsync();
        Assert.Equal("طرابلس", (await page.Locator("#time-zone option").First.TextContentAsync())?.Trim());
        await CheckAsync(page, "settings", width);
        // Closer views of the parts people look at, beside the whole page.
        await page.Locator("#logo-choice").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"admin-settings-logo-ar-{width}.png") });
        await page.Locator("fieldset:has(#time-zone)").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"admin-settings-zone-ar-{width}.png") });
        await page.Locator("fieldset:has(> .menu-rows)").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"admin-settings-menu-ar-{width}.png") });
        await page.Context.CloseAsync();
    }
}
