using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;

namespace Qalam.BrowserTests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_on_a_phone_searches_from_the_header_and_narrows_by_author()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        try
        {
            await page.GotoAsync("/");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

            // On a phone the search box is behind the menu button. Typed without the hamza and without the article:
            // «الإجتماع» as many people type it.
            await page.Locator("details.menu > summary").ClickAsync();
            // With scripts on, the box is a combobox: it offers suggestions as the reader types (SearchSuggestionsTests).
            await page.GetByRole(AriaRole.Combobox, new() { Name = "البحث في الموقع" }).FillAsync("اجتماع");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/search?q=*");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "البحث", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "ابحث عن" })).ToHaveValueAsync("اجتماع");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "الاجتماع السنوي للجمعية العمومية لعام 2026" })).ToBeVisibleAsync();
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

            // The filters are a plain GET form: open them, choose an author, search again.
            await page.GetByText("تضييق البحث").ClickAsync();
            await page.GetByLabel("الكاتب").SelectOptionAsync(new SelectOptionValue { Label = "سلمى الورفلي" });
            await page.GetByRole(AriaRole.Group).GetByRole(AriaRole.Button, new() { Name = "ابحث" }).ClickAsync();
            await page.WaitForURLAsync("**author=salma*");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("عدد النتائج: 0");
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
            await BrowserFixture.ScreenshotAsync(page, "search-390");
        }
        catch
        {
            await BrowserFixture.ScreenshotAsync(page, "search-journey-failure");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
