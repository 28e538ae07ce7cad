namespace Qalam.BrowserTests.Infrastructure;

/// <summary>
/// The accessibility check every page test relies on (axe-core) reports what it is there to report: a page that
/// passes it fails it once a picture without text, an unlabelled field, an empty link and faint
/// Arabic text are added.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_check_reports_a_picture_without_text_an_unlabelled_field_an_empty_link_and_faint_arabic_text()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.EvaluateAsync("""
            () => {
                document.querySelector('main').insertAdjacentHTML('afterbegin',
                    '<img src="/favicon.ico"><input type="text"><a href="/about"></a><p id="faint">نص باهت على خلفية بيضاء</p>');
                // Through the DOM: the site's CSP refuses style attributes written in markup.
                Object.assign(document.getElementById('faint').style, { color: '#c8c8c8', background: '#ffffff' });
            }
            """);
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("link-name ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast ", StringComparison.Ordinal) && v.Contains("#faint", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
