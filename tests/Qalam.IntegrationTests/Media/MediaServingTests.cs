using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Media;

namespace Qalam.IntegrationTests.Media;

/// <summary>Uploaded files never execute: the stored type, no sniffing, a sandbox, and inline only for images and PDF.</summary>
public sealed class MediaServingTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_image_is_served_inline_with_its_stored_type_no_sniffing_and_a_sandbox()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(800, 500), "صورة الفريق.jpg", alt: "الفريق");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());

        var response = await _factory.CreateBrowserlessClient().GetAsync(Urls.Media(item.StoragePath));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", csp);
        Assert.Contains("default-src 'none'", csp);
    }

    [Fact]
    public async Task A_variant_is_served_with_the_variant_type()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(800, 500), "team.jpg");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        var webp = MediaVariants.Of(item).First(v => v.ContentType == "image/webp");

        var response = await _factory.CreateBrowserlessClient().GetAsync(webp.Url);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("sandbox", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_pdf_is_served_inline_and_as_an_attachment_when_downloaded()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Pdf(), "report.pdf", alt: null, title: "التقرير السنوي");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        Assert.Equal("application/pdf", item.ContentType);

        var anonymous = _factory.CreateBrowserlessClient();
        var inline = await anonymous.GetAsync(Urls.Media(item.StoragePath));
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition!.DispositionType);
        var download = await anonymous.GetAsync(Urls.Media(item.StoragePath) + "?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("report.pdf", download.Content.Headers.ContentDisposition.FileName);
    }

    [Theory]
    [InlineData("/media/2026/11/nothing.jpg")]
    [InlineData("/media/2026/11/nothing.640.webp")]
    [InlineData("/media/../qalam.db")]
    [InlineData("/media/qalam.db")]
    public async Task Paths_the_library_does_not_know_are_not_found(string url)
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_variant_width_that_was_never_made_is_not_found()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(800, 500), "team.jpg");
        var response = await client.GetAsync("/media/2026/11/team.1024.webp");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
