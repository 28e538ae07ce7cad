using Qalam.BrowserTests.Infrastructure;

namespace Qalam.BrowserTests.Public;

[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_main_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        Assert.Equal("تخطَّ إلى المحتوى الرئيسي", focused);
        await page.Keyboard.PressAsync("Enter");
        var focusedId = await page.EvaluateAsync<string>("document.activeElement.id");
        Assert.Equal("main", focusedId);
        await page.Context.CloseAsync();
    }
}
