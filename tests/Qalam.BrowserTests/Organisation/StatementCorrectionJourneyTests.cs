using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using static Microsoft.Playwright.Assertions;

namespace Qalam.BrowserTests.Organisation;

/// <summary>
/// An editor writes a statement in the rich editor, publishes it, then corrects it; a reader sees the corrected text under
/// the same number with the dated note, and the earlier text one click away, marked as superseded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatementCorrectionJourneyTests(BrowserFixture browser)
{
    private async Task<IPage> SignInAsync(Role role, int width)
    {
        var (email, password) = await browser.AddPersonAsync(role);
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task An_editor_writes_publishes_and_corrects_a_statement_that_readers_see_with_its_earlier_version(int width)
    {
        var page = await SignInAsync(Role.Editor, width);
        try
        {
            await page.GotoAsync("/admin/organisation/statements/edit");
            await page.FillAsync("#title", $"بشأن انقطاع الكهرباء {width}");
            var body = page.Locator(".rich-editor-content");
            await body.ClickAsync();
            await page.Keyboard.TypeAsync("تتابع المؤسسة انقطاع الكهرباء عن المدارس منذ 12 يومًا.");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Button, new() { Name = "قائمة نقطية" }).ClickAsync();
            await Expect(body.Locator("ul li")).ToHaveCountAsync(1);
            await Expect(body).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("إعادة التيار فورًا");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("نشر جدول الصيانة");
            await page.GetByRole(AriaRole.Button, new() { Name = "نشر البيان" }).ClickAsync();
            await page.WaitForURLAsync("**/admin/organisation/statements/manage/*");

            await page.GetByRole(AriaRole.Link, new() { Name = "تصحيح", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/admin/organisation/statements/correct/*");
            var editor = page.Locator(".rich-editor-content");
            await Expect(editor.Locator("ul li")).ToHaveCountAsync(2);
            // The paragraph selected whole and typed again: the list below it stays as it was.
            await editor.Locator("p").First.ClickAsync(new() { ClickCount = 3 });
            await page.Keyboard.TypeAsync("تتابع المؤسسة انقطاع الكهرباء عن المدارس منذ 21 يومًا.");
            await page.FillAsync("#reason", "ورد عدد الأيام خطأ");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, $"statement-correct-form-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "نشر التصحيح" }).ClickAsync();
            await page.WaitForURLAsync("**/admin/organisation/statements/manage/*");

            var address = await page.GetByRole(AriaRole.Link, new() { Name = "الرابط الرسمي للبيان" }).First.GetAttributeAsync("href");
            Assert.Matches(@"^/statements/\d{4}/\d+$", address);
            await page.GotoAsync(address!);
            var document = page.Locator("article.official-document");
            await Expect(document.Locator(".statement-body p").First).ToHaveTextAsync("تتابع المؤسسة انقطاع الكهرباء عن المدارس منذ 21 يومًا.");
            await Expect(document.Locator(".statement-body ul li")).ToHaveTextAsync(["إعادة التيار فورًا", "نشر جدول الصيانة"]);
            await Expect(document.Locator(".correction-note strong")).ToHaveTextAsync(new Regex(@"^صُحّح في \d{1,2} \S+ \d{4}$"));
            await Expect(document.Locator(".correction-reason")).ToHaveTextAsync("سبب التصحيح: ورد عدد الأيام خطأ");
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "The page scrolls sideways.");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, $"statement-corrected-{width}");

            await document.Locator(".statement-versions a").First.ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/statements/\d{4}/\d+/versions/1$"));
            await Expect(page.Locator(".superseded-notice strong")).ToHaveTextAsync(new Regex(@"^هذه نسخة سابقة من البيان، حلّ محلّها نص مصحّح في .+\.$"));
            await Expect(page.Locator(".statement-body p").First).ToHaveTextAsync("تتابع المؤسسة انقطاع الكهرباء عن المدارس منذ 12 يومًا.");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, $"statement-version-{width}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
