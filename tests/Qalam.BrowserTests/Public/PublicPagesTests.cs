using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Public;

[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserFixture browser)
{
    private static readonly string PostPath = Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها");

    [Fact]
    public async Task The_author_archive_renders_right_to_left_under_its_arabic_heading()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/author/salma");
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "الكاتب: سلمى الورفلي", Level = 1 });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        Assert.Equal("rtl", await heading.EvaluateAsync<string>("h => getComputedStyle(h).direction"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        // Right to left: the heading's text starts at the right edge of the content column.
        var box = (await heading.BoundingBoxAsync())!;
        var main = (await page.Locator("main .wrap").BoundingBoxAsync())!;
        Assert.InRange(main.X + main.Width - (box.X + box.Width), 0, 20);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "شراكة جديدة مع جامعة عمر المختار" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/author/salma")]
    [InlineData("/tag/%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D8%B3%D9%8A%D8%A8%D8%B1%D8%A7%D9%86%D9%8A")]
    [InlineData("/en/waha-joins-regional-network")]
    [InlineData("/no-such-page-here")]
    public async Task Axe_finds_no_serious_or_critical_violation(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_an_arabic_post_in_dark_mode_too()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(PostPath);
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Home_and_post_fit_the_screen_and_are_saved_as_screenshots(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        foreach (var (name, path) in new[] { ("home", "/"), ("post", PostPath) })
        {
            await page.GotoAsync(path);
            // Nothing wider than the screen: no sideways scrolling on a phone.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways at {width} px");
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{width}");
            Assert.True(File.Exists(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}.png")));
        }
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await BrowserFixture.ScreenshotAsync(page, $"post-{width}-dark");
        await page.Context.CloseAsync();
    }
}
