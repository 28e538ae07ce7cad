using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Media;

/// <summary>Uploads are judged by their content, never their name: what is refused says why, in Arabic, and leaves nothing behind.</summary>
/// <remarks>
/// One app for the refusals: each checks after its own upload that nothing was stored, in the database or on disk, so
/// an upload that got through still fails its own test (and the next ones too). The tests whose upload is meant to be
/// stored, or that need other settings, start their own app.
/// </remarks>
public sealed class UploadValidationTests(UploadValidationTests.Site site) : IClassFixture<UploadValidationTests.Site>
{
    private readonly QalamFactory _factory = site.Factory;

    [Fact]
    public async Task A_php_file_renamed_jpg_is_refused_and_nothing_is_stored()
    {
        var client = site.Author;
        var response = await client.UploadAsync(Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>"), "photo.jpg");
        await AssertRefusedAsync(response, "المقبول صور JPEG وPNG وGIF وWebP ومستندات PDF فقط");
    }

    [Fact]
    public async Task An_html_file_renamed_jpg_is_refused_and_nothing_is_stored()
    {
        var client = site.Author;
        var response = await client.UploadAsync(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"), "cat.jpg");
        await AssertRefusedAsync(response, "يُحدَّد النوع من محتوى الملف لا من اسمه");
    }

    [Fact]
    public async Task An_svg_is_refused_with_advice_to_convert_it_to_png()
    {
        var client = site.Author;
        var svg = """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>""";
        var response = await client.UploadAsync(Encoding.UTF8.GetBytes(svg), "logo.png");
        await AssertRefusedAsync(response, "حوّلها إلى PNG");
    }

    [Fact]
    public async Task An_oversized_image_is_refused_with_the_arabic_message()
    {
        var client = site.Author;
        var tooBig = new byte[10 * 1024 * 1024 + 1];
        MediaFiles.Jpeg(64, 64).CopyTo(tooBig, 0);
        var response = await client.UploadAsync(tooBig, "huge.jpg");
        await AssertRefusedAsync(response, "حجمه أكبر من المسموح (10 ميغابايت للصور، 25 ميغابايت لمستندات PDF)");
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_with_the_arabic_message()
    {
        var client = site.Author;
        var bomb = MediaFiles.PngClaiming(100_000, 100_000);
        Assert.True(bomb.Length < 100);
        var response = await client.UploadAsync(bomb, "bomb.png");
        await AssertRefusedAsync(response, "أبعادها أكبر من المسموح (16 ميغابكسل)");
    }

    [Fact]
    public async Task Authors_have_a_smaller_pixel_budget_than_editors()
    {
        // Its own app: the editor's upload is stored.
        using var factory = new QalamFactory(demo: false);
        var picture = MediaFiles.Png(4100, 4000); // 16.4 megapixels
        var author = await factory.SignedInClientAsync(Role.Author);
        await AssertRefusedAsync(factory, await author.UploadAsync(picture, "poster.png"), "أبعادها أكبر من المسموح (16 ميغابكسل)");
        var editor = await factory.SignedInClientAsync(Role.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.UploadAsync(picture, "poster.png")).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task An_image_arriving_while_every_worker_is_busy_is_refused_with_a_message_and_the_next_one_passes()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string>
        {
            ["Qalam:Media:ImageWorkers"] = "1",
            ["Qalam:Media:ImageWaitSeconds"] = "0",
        });
        var client = await factory.SignedInClientAsync(Role.Editor);
        var work = factory.Services.GetRequiredService<Qalam.Media.ImageWork>();
        using (await work.OccupyAllAsync())
        {
            var busy = await client.UploadAsync(MediaFiles.Jpeg(64, 64), "a.jpg");
            Assert.Equal(HttpStatusCode.BadRequest, busy.StatusCode);
            Assert.Contains("الخادم مشغول بمعالجة صور أخرى", (await busy.ReadDocumentAsync()).Alert());
        }
        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(MediaFiles.Jpeg(64, 64), "a.jpg")).StatusCode);
        Assert.Equal(1, work.Free);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_with_a_clear_message_and_the_title_is_kept()
    {
        var client = site.Author;
        var response = await client.UploadAsync(MediaFiles.Png(40, 30), "chart.png", alt: "  ", title: "رسم بياني");
        await AssertRefusedAsync(response, "اكتب نصًا بديلًا يصف الصورة", form => Assert.Equal("رسم بياني", form.QuerySelector("#title")!.GetAttribute("value")));
    }

    [Fact]
    public async Task The_refusal_is_in_english_for_people_who_chose_english()
    {
        // Its own author: the language is the person's, and the other tests expect Arabic.
        var client = await _factory.SignedInClientAsync(Role.Author);
        var switched = await client.PostFormAsync("/admin/media", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/admin/media" }, postUrl: "/admin/language", formSelector: MediaForms.UploadForm);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var response = await client.UploadAsync(Encoding.UTF8.GetBytes("<?php echo 1; ?>"), "photo.jpg");
        await AssertRefusedAsync(response, "the type is read from the file's content, not its name");
    }

    [Fact]
    public async Task A_body_larger_than_the_request_limit_is_cut_off_before_it_is_read()
    {
        var client = site.Author;
        var response = await client.UploadAsync(new byte[27 * 1024 * 1024], "big.pdf");
        // 413 when the request says its length up front; 400 when the form reader hits the limit while streaming.
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"status {(int)response.StatusCode}");
        // Cut off by the request limit, not read whole and refused by the upload check (which would show its message).
        Assert.Null((await response.ReadDocumentAsync()).Alert());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
    }

    private Task AssertRefusedAsync(HttpResponseMessage response, string message, Action<AngleSharp.Dom.IElement>? more = null) =>
        AssertRefusedAsync(_factory, response, message, more);

    private static async Task AssertRefusedAsync(QalamFactory factory, HttpResponseMessage response, string message, Action<AngleSharp.Dom.IElement>? more = null)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Contains(message, doc.Alert());
        more?.Invoke(doc.QuerySelector(MediaForms.UploadForm)!);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Media.CountAsync()));
        var media = Path.Combine(factory.DataDirectory, "media");
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any(), "a refused upload left a file behind");
    }

    /// <summary>The app and a signed-in author whose uploads are all refused.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: false);
        public HttpClient Author { get; private set; } = null!;

        public async Task InitializeAsync() => Author = await Factory.SignedInClientAsync(Role.Author);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
