using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Media;

namespace Qalam.IntegrationTests.Media;

/// <summary>What readers get: responsive featured images, srcset in post bodies, and a page for each document.</summary>
public sealed class PublicMediaTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_post_page_shows_its_featured_image_with_webp_and_original_srcset()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(1700, 1000), "cover.jpg", alt: "غلاف المقال");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        await PublishPostAsync(_factory, "مدرسة البرمجة", item.Id);

        var doc = await _factory.CreateClient().GetDocumentAsync("/" + Uri.EscapeDataString("مدرسة-البرمجة"));
        var picture = doc.QuerySelector("article.post picture")!;
        Assert.Equal(
            "/media/2026/11/cover.320.webp 320w, /media/2026/11/cover.640.webp 640w, /media/2026/11/cover.1024.webp 1024w, /media/2026/11/cover.1600.webp 1600w",
            picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        var img = picture.QuerySelector("img.featured")!;
        Assert.Equal("/media/2026/11/cover.jpg", img.GetAttribute("src"));
        Assert.EndsWith("/media/2026/11/cover.1600.jpg 1600w, /media/2026/11/cover.jpg 1700w", img.GetAttribute("srcset"));
        Assert.Equal(ResponsiveImage.ArticleSizes, img.GetAttribute("sizes"));
        Assert.Equal(("1700", "1000"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("غلاف المقال", img.GetAttribute("alt"));
    }

    [Fact]
    public async Task Library_images_in_a_post_body_get_srcset_when_the_body_is_prepared()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Png(800, 600), "diagram.png", alt: "مخطط");
        var html = "";
        await _factory.WithScopeAsync(async sp =>
        {
            html = await sp.GetRequiredService<MediaHtml>().AddSrcsetAsync(
                """<p>قبل</p><img src="/media/2026/11/diagram.png" alt="مخطط"><img src="https://example.org/x.png" alt="خارجي">""");
        });
        Assert.Equal(
            """<p>قبل</p><img src="/media/2026/11/diagram.png" alt="مخطط" srcset="/media/2026/11/diagram.320.png 320w, /media/2026/11/diagram.640.png 640w, /media/2026/11/diagram.png 800w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2rem)" width="800" height="600" loading="lazy"><img src="https://example.org/x.png" alt="خارجي">""",
            html);
        // What the sanitiser keeps is what readers get.
        Assert.Equal(html, PostBody.Prepare(html).Html);
    }

    [Fact]
    public async Task A_library_image_written_into_a_post_body_reaches_readers_with_its_srcset()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Png(800, 600), "chart.png", alt: "رسم بياني");
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var author = await db.People.OrderBy(p => p.Id).FirstAsync();
            var post = new Post { Title = "أرقام الربع الأول", Slug = "", AuthorId = author.Id };
            await writer.ApplyBodyAsync(post, """<p>النتائج:</p><p><img src="/media/2026/11/chart.png" alt="رسم بياني"></p>""");
            await writer.SetSlugAsync(post, null);
            writer.Touch(post, author.Id);
            db.Posts.Add(post);
            await sp.GetRequiredService<Publishing>().PublishAsync(post);
            await db.SaveChangesAsync();
        });

        var doc = await _factory.CreateClient().GetDocumentAsync("/" + Uri.EscapeDataString("أرقام-الربع-الأول"));
        var img = doc.QuerySelector("article .post-body img")!;
        Assert.Equal("/media/2026/11/chart.320.png 320w, /media/2026/11/chart.640.png 640w, /media/2026/11/chart.png 800w", img.GetAttribute("srcset"));
        Assert.Equal(("800", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public async Task A_document_has_a_public_page_with_its_title_and_a_download_link()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Pdf(), "annual-report.pdf", alt: null, title: "التقرير السنوي 2025");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        // Uploaded but not yet part of anything published: no public page, like a document that does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/documents/{item.Id}")).StatusCode);
        await PublishPostAsync(_factory, "التقرير السنوي", featuredMediaId: null, body: $"<p><a href=\"/documents/{item.Id}\">التقرير</a></p>");

        var response = await _factory.CreateClient().GetAsync($"/documents/{item.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("التقرير السنوي 2025", doc.QuerySelector("main h1")!.TextContent.Trim());
        var download = doc.QuerySelector("a[download]")!;
        Assert.Equal("/media/2026/11/annual-report.pdf?download=true", download.GetAttribute("href"));
        Assert.Equal("تنزيل المستند", download.TextContent.Trim());
        var file = await _factory.CreateClient().GetAsync(download.GetAttribute("href"));
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Images_have_no_document_page()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(100, 100), "a.jpg");
        var id = await _factory.WithDbAsync(db => db.Media.Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/documents/{id}")).StatusCode);
    }

    /// <summary>Writes and publishes a post through the app's own services, with a featured image.</summary>
    internal static async Task<int> PublishPostAsync(QalamFactory factory, string title, int? featuredMediaId, string body = "<p>نص المقال.</p>")
    {
        var id = 0;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var author = await db.People.OrderBy(p => p.Id).FirstAsync();
            var post = new Post { Title = title, Slug = "", AuthorId = author.Id, FeaturedMediaId = featuredMediaId };
            await writer.ApplyBodyAsync(post, body);
            await writer.SetSlugAsync(post, null);
            writer.Touch(post, author.Id);
            db.Posts.Add(post);
            await sp.GetRequiredService<Publishing>().PublishAsync(post);
            await db.SaveChangesAsync();
            id = post.Id;
        });
        return id;
    }
}
