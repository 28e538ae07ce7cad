using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Admin;

/// <summary>An administrator signs in through the form and walks the accounts pages in Arabic, then in English; axe-core on every one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountsPagesTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
        ["/admin/people", "/admin/people/add", "/admin/settings", "/admin/audit", "/admin/account", "/admin/account/two-factor",
         "/admin/account/tokens", "/admin/tokens", "/admin/webhooks"];

    private async Task<IPage> SignedInAdministratorAsync(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }

    private static async Task CheckAsync(IPage page, string url, string language, int width)
    {
        await page.GotoAsync(url);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await BrowserFixture.ScreenshotAsync(page, $"accounts-{language}-{width}{url.Replace('/', '-')}");
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{url} ({language}): {string.Join("; ", violations)}");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_accounts_pages_pass_axe_in_arabic_and_after_switching_to_english(int width)
    {
        var page = await SignedInAdministratorAsync(width);
        foreach (var url in Pages) await CheckAsync(page, url, "ar", width);
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));
        foreach (var url in Pages) await CheckAsync(page, url, "en", width);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_forgot_password_and_two_step_pages_pass_axe_without_signing_in()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/admin/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "نسيت كلمة المرور؟" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/forgot-password");
        await page.GetByLabel("البريد الإلكتروني").FillAsync("someone@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "أرسل الرابط" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "accounts-forgot-sent-390");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GotoAsync("/admin/reset-password?token=expired");
        Assert.Contains("انتهت مدته", await page.GetByRole(AriaRole.Alert).TextContentAsync());
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_author_turns_on_two_step_verification_and_signs_in_with_a_code()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Author);
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);

        await page.GetByRole(AriaRole.Link, new() { Name = "حسابي" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "إدارة التحقق بخطوتين" }).ClickAsync();
        var secret = (await page.Locator("#secret").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("اكتب الرمز الذي يظهر في التطبيق للتأكيد").FillAsync(Code(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "تفعيل" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "رموز الاسترداد" }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "accounts-recovery-codes-390");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/sign-in");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/sign-in/two-factor**");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        // A code is accepted once, so signing in again uses the app's next code (the server allows one step of drift).
        await page.GetByLabel("رمز تطبيق المصادقة").FillAsync(Code(secret, TimeSpan.FromSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "تحقق" }).ClickAsync();
        await BrowserFixture.ReachDashboardAsync(page, "the second step");
        Assert.Equal("لوحة التحكم", (await page.Locator("main h1").TextContentAsync())!.Trim());
        await page.Context.CloseAsync();
    }

    private static string Code(string secret, TimeSpan? ahead = null) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow + (ahead ?? TimeSpan.Zero));
}
