using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;
using SkiaSharp;

namespace Qalam.BrowserTests.Media;

[Collection(BrowserCollection.Name)]
public sealed class MediaLibraryJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task An_author_uploads_an_image_is_asked_for_alt_text_and_sees_it_in_the_library(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Author);
        var page = await browser.NewPageAsync(width: width);
        await SignInAsync(page, email, password);

        await page.GotoAsync("/admin/media");
        await AssertAccessibleAsync(page);
        var upload = page.GetByLabel("الملف", new() { Exact = true });
        await upload.SetInputFilesAsync(new FilePayload { Name = "ورشة.jpg", MimeType = "image/jpeg", Buffer = Jpeg(1400, 900) });
        await page.GetByRole(AriaRole.Button, new() { Name = "رفع الملف" }).ClickAsync();
        Assert.Contains("اكتب نصًا بديلًا", await page.GetByRole(AriaRole.Alert).TextContentAsync());
        await AssertAccessibleAsync(page);

        await page.GetByLabel("الملف", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "ورشة.jpg", MimeType = "image/jpeg", Buffer = Jpeg(1400, 900) });
        await page.GetByLabel("النص البديل").FillAsync("متدربات في ورشة البرمجة");
        await page.GetByLabel("العنوان", new() { Exact = true }).FillAsync($"ورشة البرمجة {width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "رفع الملف" }).ClickAsync();
        Assert.Contains($"رُفع الملف «ورشة البرمجة {width}»", await page.GetByRole(AriaRole.Status).TextContentAsync());
        var card = page.Locator(".media-card", new() { HasText = $"ورشة البرمجة {width}" });
        var thumbnail = card.GetByRole(AriaRole.Img, new() { Name = "متدربات في ورشة البرمجة" });
        await thumbnail.ScrollIntoViewIfNeededAsync();
        await thumbnail.EvaluateAsync("img => img.decode()");
        Assert.Equal(320, await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"));
        await BrowserFixture.ScreenshotAsync(page, $"media-library-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = $"تعديل ورشة البرمجة {width}", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"media-edit-{width}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reader_sees_a_featured_image_at_a_width_that_fits_the_phone_and_a_document_page()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Editor);
        var admin = await browser.NewPageAsync();
        await SignInAsync(admin, email, password);
        await admin.GotoAsync("/admin/media");
        await admin.GetByLabel("الملف", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "غلاف.jpg", MimeType = "image/jpeg", Buffer = Jpeg(1800, 1000) });
        await admin.GetByLabel("النص البديل").FillAsync("غلاف التقرير");
        await admin.GetByRole(AriaRole.Button, new() { Name = "رفع الملف" }).ClickAsync();
        await admin.GetByLabel("الملف", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await admin.GetByLabel("العنوان", new() { Exact = true }).FillAsync("تقرير الشفافية 2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "رفع الملف" }).ClickAsync();
        await admin.Context.CloseAsync();

        var (slug, documentId) = await FeatureNewestImageOnAPostAsync();
        var reader = await browser.NewPageAsync(width: 390);
        await reader.GotoAsync("/" + Uri.EscapeDataString(slug));
        var featured = reader.Locator("img.featured");
        await featured.WaitForAsync();
        await reader.WaitForFunctionAsync("() => document.querySelector('img.featured').complete");
        var chosen = await featured.EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith(".webp", chosen);
        Assert.DoesNotContain(".1600.", chosen);
        await AssertAccessibleAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "media-featured-390");

        await reader.GotoAsync($"/documents/{documentId}");
        Assert.Equal("تقرير الشفافية 2025", await reader.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await reader.GetByRole(AriaRole.Link, new() { Name = "تنزيل المستند" }).WaitForAsync();
        await AssertAccessibleAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "media-document-390");
        await reader.Context.CloseAsync();
    }

    private async Task<(string Slug, int DocumentId)> FeatureNewestImageOnAPostAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var image = await db.Media.Where(m => m.ContentType == "image/jpeg").OrderByDescending(m => m.Id).FirstAsync();
        var document = await db.Media.Where(m => m.ContentType == "application/pdf").OrderByDescending(m => m.Id).FirstAsync();
        var post = await db.Posts.Where(p => p.Status == PostStatus.Published && p.Language == "ar").OrderByDescending(p => p.PublishedUtc).FirstAsync();
        post.FeaturedMediaId = image.Id;
        // A library PDF has a public page once something public leads to it: the post links it.
        post.BodyHtml += $"<p><a href=\"/documents/{document.Id}\">تقرير الشفافية</a></p>";
        await db.SaveChangesAsync();
        return (post.Slug, document.Id);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.Teal, SKColors.Orange], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }
}
