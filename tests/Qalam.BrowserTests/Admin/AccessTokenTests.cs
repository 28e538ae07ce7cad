using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Admin;

/// <summary>An author makes a token for a script from "My account", copies the secret shown once, then revokes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTokenTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_author_makes_a_token_sees_its_secret_once_and_revokes_it()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Author);
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);

        await page.GotoAsync("/admin/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "رموز الوصول للواجهة البرمجية" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/tokens");
        await page.GetByLabel("الاسم").FillAsync("نشر النشرة البريدية");
        await page.GetByLabel("posts:write").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "إنشاء رمز" }).ClickAsync();

        var secret = await page.GetByRole(AriaRole.Region, new() { Name = "رمزك الجديد" }).Locator("code").TextContentAsync();
        Assert.StartsWith("qlm_", secret);
        await BrowserFixture.ScreenshotAsync(page, "tokens-created-390");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GotoAsync("/admin/account/tokens");
        Assert.DoesNotContain(secret!, await page.ContentAsync());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "نشر النشرة البريدية" });
        await row.GetByRole(AriaRole.Button, new() { Name = "إلغاء" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/tokens");
        Assert.Contains("ملغى", await row.TextContentAsync());
        await page.Context.CloseAsync();
    }
}
