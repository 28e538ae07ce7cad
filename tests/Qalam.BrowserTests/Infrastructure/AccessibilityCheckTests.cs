namespace Qalam.BrowserTests.Infrastructure;

/// <summary>
/// The accessibility check every page test relies on (axe-core) reports what it is there to report: a page that
/// passes it fails it once a picture without text, an unlabelled field and an empty link are added.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_check_reports_a_picture_without_text_an_unlabelled_field_and_an_empty_link()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('afterbegin',
                '<img src="/favicon.ico"><input type="text"><a href="/about"></a>')
            """);
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("link-name ", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
