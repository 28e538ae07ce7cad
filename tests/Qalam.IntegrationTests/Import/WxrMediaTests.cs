using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;
using static Qalam.IntegrationTests.Import.Wxr;

namespace Qalam.IntegrationTests.Import;

/// <summary>Attachments matched to the old uploads folder (as a folder or a zip), brought into the media library, and every URL of them rewritten.</summary>
public sealed class WxrMediaTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static string Export() => Document(
        Attachment(41, "2026/01/photo.png", "افتتاح المقر") +
        Attachment(42, "2026/01/logo.png", "الشعار") +
        Attachment(43, "2026/01/missing.png") +
        Post(1, "صور", "photos", content: $"""
            <!-- wp:image {"id":41} --><figure class="wp-block-image"><img src="{Site}/wp-content/uploads/2026/01/photo-300x200.png" alt="افتتاح المقر" class="wp-image-41"/></figure><!-- /wp:image -->
            <!-- wp:paragraph --><p><a href="http://old.example.ly/wp-content/uploads/2026/01/photo.png">الصورة كاملة</a></p><!-- /wp:paragraph -->
            <!-- wp:shortcode -->[gallery ids="41,42"]<!-- /wp:shortcode -->
            """, extra: """<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>42</wp:meta_value></wp:postmeta>"""));

    /// <summary>The uploads as WordPress leaves them: photo.png with a resized copy; of logo.png only a resized copy survives.</summary>
    private string UploadsFolder()
    {
        var root = Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "old-uploads")).FullName;
        var month = Directory.CreateDirectory(Path.Combine(root, "2026", "01")).FullName;
        File.WriteAllBytes(Path.Combine(month, "photo.png"), Png);
        File.WriteAllBytes(Path.Combine(month, "photo-300x200.png"), Png);
        File.WriteAllBytes(Path.Combine(month, "logo-150x150.png"), Png);
        File.WriteAllBytes(Path.Combine(month, "logo-600x600.png"), Png);
        return root;
    }

    [Fact]
    public async Task Attachments_from_an_uploads_folder_become_media_and_every_url_is_rewritten()
    {
        var report = await _factory.ImportAsync(new ImportOptions(await _factory.WriteAsync(Export()), UploadsDirectory: UploadsFolder()));
        await AssertImportedAsync(report);
    }

    [Fact]
    public async Task Attachments_from_an_uploads_zip_are_imported_the_same_way()
    {
        var zip = Path.Combine(_factory.DataDirectory, "uploads.zip");
        ZipFile.CreateFromDirectory(UploadsFolder(), zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        Directory.Move(Path.Combine(_factory.DataDirectory, "old-uploads"), Path.Combine(_factory.DataDirectory, "uploads"));
        var report = await _factory.ImportAsync(new ImportOptions(await _factory.WriteAsync(Export()), UploadsZip: zip));
        await AssertImportedAsync(report);
    }

    [Fact]
    public async Task A_rerun_with_media_changes_nothing()
    {
        var options = new ImportOptions(await _factory.WriteAsync(Export()), UploadsDirectory: UploadsFolder());
        await _factory.ImportAsync(options);
        var media = await _factory.WithDbAsync(db => db.Media.CountAsync());
        var again = await _factory.ImportAsync(options);
        Assert.Equal((0, 0), (again.Created, again.Updated));
        Assert.Equal(media, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    private async Task AssertImportedAsync(ImportReport report)
    {
        Assert.Equal(2, report.MediaImported);
        Assert.Equal([$"{Site}/wp-content/uploads/2026/01/missing.png"], report.MediaNotFound);
        var media = await _factory.WithDbAsync(db => db.Media.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(["افتتاح المقر", "الشعار"], media.Select(m => m.AltText));
        var photoUrl = Qalam.Content.Urls.Media(media[0].StoragePath);
        var logoUrl = Qalam.Content.Urls.Media(media[1].StoragePath);

        var client = _factory.CreateBrowserlessClient();
        var page = await client.GetDocumentAsync("/photos");
        var body = page.QuerySelector(".post-body")!;
        Assert.DoesNotContain("wp-content", body.InnerHtml);
        Assert.DoesNotContain("wp:", body.InnerHtml);
        Assert.Equal(photoUrl, body.QuerySelector("figure.wp-block-image img")!.GetAttribute("src"));
        Assert.Equal(photoUrl, body.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Equal([photoUrl, logoUrl], body.QuerySelectorAll("figure.gallery img").Select(i => i.GetAttribute("src")));
        Assert.Equal(logoUrl, page.QuerySelector("meta[property='og:image']")?.GetAttribute("content")?.Replace("http://localhost", ""));

        var file = await client.GetAsync(photoUrl);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        // The media library re-encodes every image (that is how it strips metadata), so compare pixels, not bytes.
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        using var served = SkiaSharp.SKBitmap.Decode(await file.Content.ReadAsByteArrayAsync());
        using var original = SkiaSharp.SKBitmap.Decode(Png);
        Assert.Equal((original.Width, original.Height), (served.Width, served.Height));
        Assert.Equal(original.Pixels, served.Pixels);
        var oldFile = await client.GetAsync("/wp-content/uploads/2026/01/photo.png");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldFile.StatusCode);
        Assert.Equal(photoUrl, oldFile.Headers.Location!.OriginalString);
        var attachmentPage = await client.GetAsync("/?attachment_id=42");
        Assert.Equal(logoUrl, attachmentPage.Headers.Location!.OriginalString);
    }
}
