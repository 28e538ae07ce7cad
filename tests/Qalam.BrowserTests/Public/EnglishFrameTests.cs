using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.BrowserTests.Public;

/// <summary>
/// The English frame around a category's page on a phone and a desktop: a translated name reads in English, and the
/// Arabic names nobody translated yet (the site's name, the menu) sit in it right to left without disturbing the
/// left-to-right line; nothing scrolls sideways and axe finds nothing serious.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishFrameTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task An_english_page_shows_translated_names_and_isolates_the_arabic_ones(int width)
    {
        await TranslateNewsAsync();
        var page = await browser.NewPageAsync(width, 900);
        try
        {
            await page.GotoAsync("/en/category/news");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("News");
            Assert.Equal("ltr", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
            var name = page.Locator("header .site-name span[lang=ar]");
            await Assertions.Expect(name).ToHaveTextAsync("مؤسسة واحة التقنية");
            Assert.Equal("rtl", await name.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            // The menu is the Arabic one until editors make an English one: open it on a phone, then each label reads right to left.
            var toggle = page.Locator("header .menu > summary");
            if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
            var labels = page.Locator("nav.site-nav span[lang=ar]");
            await Assertions.Expect(labels.First).ToBeVisibleAsync();
            Assert.All(await labels.EvaluateAllAsync<string[]>("es => es.map(e => getComputedStyle(e).direction)"), d => Assert.Equal("rtl", d));

            await page.EvaluateAsync("document.fonts.ready");
            await BrowserFixture.ScreenshotAsync(page, $"english-frame-{width}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the English frame scrolls sideways");
            var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The news category's English name, saved as its edit page saves it (idempotent: both widths run it).</summary>
    private async Task TranslateNewsAsync()
    {
        using var scope = browser.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var news = await db.Categories.FirstAsync(c => c.Slug == "news");
        await scope.ServiceProvider.GetRequiredService<TermWriter>()
            .UpdateCategoryAsync(news, news.Name, news.Slug, news.ParentId, news.Description, [new TextEdit(TextField.Name, "en", "News")]);
    }
}
