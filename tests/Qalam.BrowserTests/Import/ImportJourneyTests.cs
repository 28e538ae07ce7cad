using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Import;

[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser)
{
    private const string Export = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>المؤسسة الليبية للتقنية</title><link>https://old.example.ly</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.ly</wp:base_site_url>
        <item><title>خبر</title><dc:creator>alaa</dc:creator><content:encoded><![CDATA[<p>نص</p> [contact-form-7 id="1"]]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_name>khabar</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
        <item><title>مسودة</title><dc:creator>alaa</dc:creator><content:encoded><![CDATA[نص]]></content:encoded><wp:post_id>2</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
        </channel></rss>
        """;

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task An_administrator_uploads_an_export_and_reads_the_check_before_anything_is_written(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        // On a phone the admin's menu is folded behind its button.
        if (width < 600) await page.Locator("details.admin-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "استيراد", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "استيراد موقع ووردبريس" }).WaitForAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, $"import-upload-{width}");

        var file = Path.Combine(browser.DataDirectory, $"journey-{width}.xml");
        await File.WriteAllTextAsync(file, Export);
        await page.GetByLabel("ملف التصدير (XML)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "افحص الملف" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "ما سيحدث" }).WaitForAsync();
        Assert.Contains("لم يُكتب شيء", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await page.GetByText("أكواد قصيرة غير معروفة").ClickAsync();
        Assert.True(await page.GetByText("[contact-form-7]: 1").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "ابدأ الاستيراد" }).IsVisibleAsync());
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, $"import-check-{width}");
        await page.Context.CloseAsync();
    }
}
