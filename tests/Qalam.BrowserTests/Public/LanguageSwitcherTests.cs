using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;

namespace Qalam.BrowserTests.Public;

/// <summary>
/// A reader switches the site from Arabic to English and back with the header's switcher, on a phone and a desktop:
/// each page mirrors to its direction, the switcher sits at the end of its line, and axe finds nothing serious.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitcherTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task A_reader_switches_to_english_and_back_in_both_directions(int width)
    {
        var page = await browser.NewPageAsync(width, 900);
        try
        {
            await page.GotoAsync("/category/news");
            var switcher = page.GetByRole(AriaRole.Navigation, new() { Name = "اللغات" });
            await Assertions.Expect(switcher).ToBeVisibleAsync();
            await AssertFramedAsync(page, "rtl", $"switcher-arabic-{width}");

            await switcher.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await page.WaitForURLAsync("**/en/category/news");
            var english = page.GetByRole(AriaRole.Navigation, new() { Name = "Languages" });
            await Assertions.Expect(english.GetByRole(AriaRole.Link, new() { Name = "English" })).ToHaveAttributeAsync("aria-current", "page");
            await AssertFramedAsync(page, "ltr", $"switcher-english-{width}");

            await english.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/category/news");
            Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The page's direction, the switcher at the end of its line (left in Arabic, right in English), nothing sideways, axe clean.</summary>
    private static async Task AssertFramedAsync(IPage page, string direction, string screenshot)
    {
        await page.EvaluateAsync("document.fonts.ready");
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.Equal(direction, await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        var list = (await page.Locator("nav.language-switcher ul").BoundingBoxAsync())!;
        var links = (await page.Locator("nav.language-switcher a").EvaluateAllAsync<double[]>("as => as.map(a => a.getBoundingClientRect().left)"));
        var edges = await page.Locator("nav.language-switcher a").EvaluateAllAsync<double[]>("as => as.map(a => a.getBoundingClientRect().right)");
        if (direction == "rtl") Assert.InRange(links.Min() - list.X, 0, 2);
        else Assert.InRange(list.X + list.Width - edges.Max(), 0, 2);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{screenshot} scrolls sideways");
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{screenshot}:\n" + string.Join("\n", violations));
    }
}
