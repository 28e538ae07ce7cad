using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;

namespace Qalam.BrowserTests.Organisation;

/// <summary>A reader walks through the organisation pages on a phone and on a desktop: right to left, no serious accessibility problem.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganisationPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task A_reader_visits_endorsements_statements_partners_and_transparency(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync("/endorsements");
            await CheckAsync(page, $"org-endorsements-{width}", "تزكيات وإشادات");
            await page.GetByRole(AriaRole.Link, new() { Name = "جهة حكومية" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=Government$"));

            await page.GotoAsync("/statements");
            await CheckAsync(page, $"org-statements-{width}", "البيانات الرسمية");
            await page.Locator(".statements a").Last.ClickAsync();
            await Assertions.Expect(page.Locator(".statement-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^بيان رقم \(1\) لعام \d{4}$"));
            await CheckAsync(page, $"org-statement-{width}", "بشأن حماية بيانات المتدربين");

            await page.GotoAsync("/partners");
            await CheckAsync(page, $"org-partners-{width}", "شركاء النجاح");
            await page.GetByRole(AriaRole.Link, new() { Name = "بلدية غريان" }).ClickAsync();
            await CheckAsync(page, $"org-partner-{width}", "بلدية غريان");

            await page.GotoAsync("/transparency");
            await CheckAsync(page, $"org-transparency-{width}", "الشفافية");

            await page.GotoAsync("/endorsements");
            await page.Locator(".endorsement-card h3 a").First.ClickAsync();
            await Assertions.Expect(page.Locator(".endorsement-panel img")).ToBeVisibleAsync();
            await CheckAsync(page, $"org-endorsement-post-{width}", null);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task CheckAsync(IPage page, string screenshot, string? heading)
    {
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        if (heading is not null) await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, screenshot);
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        // Nothing wider than the screen on a phone.
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The page scrolls sideways.");
    }
}
