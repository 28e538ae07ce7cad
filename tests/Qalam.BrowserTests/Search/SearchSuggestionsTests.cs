using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;

namespace Qalam.BrowserTests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchSuggestionsTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_on_a_phone_picks_a_suggested_post_with_the_keyboard()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        try
        {
            await page.GotoAsync("/");
            await page.Locator("details.menu > summary").ClickAsync();
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "البحث في الموقع" });
            // The start of a word, typed without its hamza.
            await box.PressSequentiallyAsync("اجتما");

            var list = page.GetByRole(AriaRole.Listbox, new() { Name = "اقتراحات البحث" });
            await Assertions.Expect(list).ToBeVisibleAsync();
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            var post = list.GetByRole(AriaRole.Option, new() { Name = "الاجتماع السنوي للجمعية العمومية لعام 2026" });
            await Assertions.Expect(post).ToBeVisibleAsync();
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, "search-suggestions-390");

            // Escape closes the list and leaves what was typed; typing on opens it again.
            await box.PressAsync("Escape");
            await Assertions.Expect(list).ToBeHiddenAsync();
            await Assertions.Expect(box).ToHaveValueAsync("اجتما");
            await box.PressSequentiallyAsync("ع");
            await Assertions.Expect(post).ToBeVisibleAsync();

            // The arrows move through the options while the focus stays in the box; Enter opens the one chosen.
            var options = await list.GetByRole(AriaRole.Option).AllTextContentsAsync();
            var index = options.ToList().IndexOf("الاجتماع السنوي للجمعية العمومية لعام 2026");
            Assert.True(index >= 0);
            for (var i = 0; i <= index; i++) await box.PressAsync("ArrowDown");
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", $"site-search-option-{index}");
            await Assertions.Expect(post).ToHaveAttributeAsync("aria-selected", "true");
            await Assertions.Expect(box).ToBeFocusedAsync();
            await box.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الاجتماع السنوي للجمعية العمومية لعام 2026", Level = 1 })).ToBeVisibleAsync();
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, "search-suggestions-failure");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
