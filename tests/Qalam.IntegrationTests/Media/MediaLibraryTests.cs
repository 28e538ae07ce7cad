using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Media;

namespace Qalam.IntegrationTests.Media;

/// <summary>The library as an author uses it: the grid, its filters and pages, editing alt text and title, deleting.</summary>
public sealed class MediaLibraryTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_upload_appears_first_in_the_grid_with_its_thumbnail_and_alt_text()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        var response = await client.UploadAsync(MediaFiles.Jpeg(900, 600), "team.jpg", alt: "فريق المؤسسة في ورشة", title: "ورشة بنغازي");
        Assert.Equal("/admin/media", response.Headers.Location!.OriginalString);

        var doc = await client.GetDocumentAsync("/admin/media");
        Assert.Contains("رُفع الملف «ورشة بنغازي»", doc.QuerySelector("main .flash")!.TextContent);
        var card = doc.QuerySelector(".media-grid li")!;
        Assert.Equal("ورشة بنغازي", card.QuerySelector(".media-name")!.TextContent.Trim());
        var thumb = card.QuerySelector("img")!;
        Assert.Equal("فريق المؤسسة في ورشة", thumb.GetAttribute("alt"));
        Assert.Equal("/media/2026/11/team.320.webp", thumb.GetAttribute("src"));
    }

    [Fact]
    public async Task The_grid_filters_images_and_documents()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Png(60, 40), "chart.png", alt: "رسم", title: "رسم بياني");
        await client.UploadAsync(MediaFiles.Pdf(), "report.pdf", alt: null, title: "تقرير الشفافية");

        Assert.Equal(["تقرير الشفافية", "رسم بياني"], (await client.GetDocumentAsync("/admin/media")).Texts(".media-name"));
        Assert.Equal(["رسم بياني"], (await client.GetDocumentAsync("/admin/media?type=image")).Texts(".media-name"));
        var documents = await client.GetDocumentAsync("/admin/media?type=document");
        Assert.Equal(["تقرير الشفافية"], documents.Texts(".media-name"));
        Assert.Equal("page", documents.QuerySelector("a[href='/admin/media?type=document']")!.GetAttribute("aria-current"));
        Assert.Equal(["رسم بياني"], (await client.GetDocumentAsync("/admin/media?q=" + Uri.EscapeDataString("بياني"))).Texts(".media-name"));
    }

    [Fact]
    public async Task The_grid_is_paginated_newest_first()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await _factory.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<MediaStore>();
            for (var i = 1; i <= 26; i++)
            {
                var item = await store.SaveAsync(new MemoryStream(MediaFiles.Png(20, 20)), $"img-{i}.png", $"صورة {i}", null);
                item.Title = $"صورة {i}";
            }
            await sp.GetRequiredService<Qalam.Data.QalamDb>().SaveChangesAsync();
        });

        var first = await client.GetDocumentAsync("/admin/media");
        Assert.Equal(24, first.QuerySelectorAll(".media-grid li").Length);
        Assert.Equal("صورة 26", first.Texts(".media-name")[0]);
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/admin/media?page=2", next);
        var second = await client.GetDocumentAsync(next);
        Assert.Equal(["صورة 2", "صورة 1"], second.Texts(".media-name"));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task Alt_text_and_title_are_edited_and_alt_text_stays_required_for_images()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(100, 80), "a.jpg", alt: "قديم");
        var id = await _factory.WithDbAsync(db => db.Media.Select(m => m.Id).SingleAsync());

        var empty = await client.PostFormAsync($"/admin/media/{id}", new Dictionary<string, string> { ["AltText"] = "", ["Title"] = "عنوان" }, formSelector: "#edit-form");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("اكتب نصًا بديلًا", (await empty.ReadDocumentAsync()).Alert());

        var saved = await client.PostFormAsync($"/admin/media/{id}", new Dictionary<string, string> { ["AltText"] = "أطفال في مدرسة البرمجة", ["Title"] = "مدرسة البرمجة" }, formSelector: "#edit-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        Assert.Equal(("أطفال في مدرسة البرمجة", "مدرسة البرمجة"), (item.AltText, item.Title));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "media-updated")));
    }

    [Fact]
    public async Task In_english_the_refusal_names_the_posts_with_english_commas_and_quotes()
    {
        var client = await _factory.SignedInClientAsync(Role.Editor);
        await client.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = "en" }, formSelector: "form[action='/admin/language']");
        await client.UploadAsync(MediaFiles.Jpeg(700, 400), "cover.jpg", alt: "cover");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        await PublicMediaTests.PublishPostAsync(_factory, "Coding school opens", item.Id);
        await PublicMediaTests.PublishPostAsync(_factory, "إطلاق مدرسة البرمجة", item.Id);

        var refused = await client.PostFormAsync($"/admin/media/{item.Id}", new Dictionary<string, string>(), formSelector: "#delete-form");

        Assert.Contains("the featured image of “Coding school opens”, “إطلاق مدرسة البرمجة”.", (await refused.ReadDocumentAsync()).Alert());
    }

    [Fact]
    public async Task Deleting_a_featured_image_is_refused_with_the_posts_title_and_allowed_once_it_is_free()
    {
        var client = await _factory.SignedInClientAsync(Role.Editor);
        await client.UploadAsync(MediaFiles.Jpeg(700, 400), "cover.jpg", alt: "غلاف");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        var postId = await PublicMediaTests.PublishPostAsync(_factory, "إطلاق مدرسة البرمجة", item.Id);

        var refused = await client.PostFormAsync($"/admin/media/{item.Id}", new Dictionary<string, string>(), formSelector: "#delete-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("الصورة البارزة في: «إطلاق مدرسة البرمجة»", (await refused.ReadDocumentAsync()).Alert());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Media.CountAsync()));

        await _factory.WithDbAsync(async db =>
        {
            (await db.Posts.SingleAsync(p => p.Id == postId)).FeaturedMediaId = null;
            return await db.SaveChangesAsync();
        });
        var deleted = await client.PostFormAsync($"/admin/media/{item.Id}", new Dictionary<string, string>(), formSelector: "#delete-form");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Media.CountAsync()));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "media"), "*", SearchOption.AllDirectories));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "media-deleted")));
    }

    [Fact]
    public async Task The_picker_json_lists_images_with_their_variants_and_documents()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(700, 400), "cover.jpg", alt: "غلاف");
        await client.UploadAsync(MediaFiles.Pdf(), "report.pdf", alt: null, title: "تقرير");

        var response = await client.GetAsync("/admin/media/picker.json?type=image");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var image = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("/media/2026/11/cover.jpg", image.GetProperty("url").GetString());
        Assert.Equal("غلاف", image.GetProperty("alt").GetString());
        Assert.Equal("image", image.GetProperty("type").GetString());
        Assert.Equal(700, image.GetProperty("width").GetInt32());
        Assert.Equal(400, image.GetProperty("height").GetInt32());
        var variants = image.GetProperty("variants").EnumerateArray().Select(v => (v.GetProperty("width").GetInt32(), v.GetProperty("contentType").GetString())).ToList();
        Assert.Equal([(320, "image/jpeg"), (640, "image/jpeg"), (320, "image/webp"), (640, "image/webp")], variants);

        using var documents = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/admin/media/picker.json?type=document"));
        var document = Assert.Single(documents.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("document", "تقرير"), (document.GetProperty("type").GetString(), document.GetProperty("title").GetString()));
    }
}
