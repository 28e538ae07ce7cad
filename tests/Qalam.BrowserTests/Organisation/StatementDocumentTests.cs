using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Qalam.BrowserTests.Organisation;

/// <summary>A reader opens a statement from an old link and prints it: on screen and on paper it reads as an official document.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatementDocumentTests(BrowserFixture browser)
{
    private static readonly string[] PaperOrder = [".letterhead", ".statement-number", "h1", ".statement-date", ".statement-body", ".signature", ".official-copy"];

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task A_statement_reads_as_an_official_document_on_screen_and_on_paper(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync("/" + Uri.EscapeDataString("بشأن-حماية-بيانات-المتدربين"));
            await Expect(page).ToHaveURLAsync(new Regex(@"/statements/\d{4}/1$"));
            var document = page.Locator("article.official-document");
            await Expect(document.Locator(".letterhead-name")).ToHaveTextAsync("مؤسسة واحة التقنية");
            await Expect(document.Locator(".statement-number")).ToHaveTextAsync(new Regex(@"^بيان رقم \(1\) لعام \d{4}$"));
            await Expect(document.Locator(".statement-date")).ToHaveTextAsync(new Regex(@"^التاريخ: \S+ \d{1,2} \S+ \d{4} \(\d{1,2}-\d{1,2}-\d{4}\)$"));
            await Expect(document.Locator(".official-copy")).ToHaveTextAsync(new Regex("^نسخة رسمية: " + Regex.Escape(browser.BaseUrl.ToString()) + @"statements/\d{4}/1$"));
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "The page scrolls sideways.");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, $"statement-document-{width}");
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, $"statement-document-{width}-dark");

            // On paper: the document alone, black on white, in the order of the PDF.
            await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print, ColorScheme = ColorScheme.Light });
            await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
            await Expect(page.Locator(".statement-actions")).ToBeHiddenAsync();
            var tops = new List<float>();
            foreach (var selector in PaperOrder)
            {
                var part = document.Locator(selector).First;
                await Expect(part).ToBeVisibleAsync();
                tops.Add((await part.BoundingBoxAsync())!.Y);
            }
            Assert.Equal(tops.Order(), tops);
            Assert.Equal("rgb(0, 0, 0)", await document.Locator(".statement-number").EvaluateAsync<string>("e => getComputedStyle(e).color"));
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            await BrowserFixture.ScreenshotAsync(page, $"statement-print-{width}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
