using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>The editor's link to the published post, the preview's words per status, and the featured image grid.</summary>
public sealed class PostEditorScreenTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static int IdOf(HttpResponseMessage saved) => int.Parse(saved.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Every_save_of_a_published_post_links_to_it_and_a_draft_gets_no_such_link()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var draft = await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string> { ["Form.Title"] = "مسودة أولى" }, "#editor-form", ("Intent", "Save"));
        var draftPage = await author.Client.GetDocumentAsync(draft.Headers.Location!.OriginalString);
        Assert.Equal("حُفظت المسودة.", draftPage.QuerySelector(".flash")!.TextContent.Trim());
        Assert.DoesNotContain(draftPage.QuerySelectorAll("a"), a => a.TextContent.Trim() == "عرض المقالة");

        var published = await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string> { ["Form.Title"] = "خبر منشور" }, "#editor-form", ("Intent", "Publish"));
        var afterPublish = await author.Client.GetDocumentAsync(published.Headers.Location!.OriginalString);
        var slug = (await _factory.PostAsync(IdOf(published))).Slug;
        Assert.Equal("نُشرت المقالة.", afterPublish.QuerySelector(".flash")!.TextContent.Trim());
        Assert.Equal("/" + Uri.EscapeDataString(slug), afterPublish.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "عرض المقالة").GetAttribute("href"));

        // Saved again, still published: the link is there after this save too.
        var again = await author.Client.SubmitAsync(published.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Form.Excerpt"] = "مقتطف" }, "#editor-form", ("Intent", "Save"));
        var afterSave = await author.Client.GetDocumentAsync(again.Headers.Location!.OriginalString);
        Assert.Single(afterSave.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "عرض المقالة");
    }

    [Fact]
    public async Task The_preview_says_what_readers_see_for_each_status()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var published = await _factory.AddPostAsync(editor.Id, "منشورة", PostStatus.Published);
        var draft = await _factory.AddPostAsync(editor.Id, "مسودة");
        var scheduled = await _factory.AddPostAsync(editor.Id, "مجدولة", PostStatus.Scheduled, publishAt: _factory.Clock.GetUtcNow().AddDays(2));
        var trashed = await _factory.AddPostAsync(editor.Id, "محذوفة", PostStatus.Trash);

        async Task<string> Banner(int id) => (await editor.Client.GetDocumentAsync($"/admin/posts/{id}/preview")).QuerySelector(".preview-banner")!.TextContent;

        var onSite = await Banner(published);
        Assert.Contains("هذه المقالة منشورة، ويراها القراء بهذا الشكل.", onSite);
        Assert.DoesNotContain("لا يراها", onSite);
        Assert.Contains("هذه المقالة «مسودة» ولا يراها القراء بهذا الشكل بعد.", await Banner(draft));
        Assert.Contains("هذه المقالة مجدولة، وسيراها القراء بهذا الشكل عند نشرها في", await Banner(scheduled));
        Assert.Contains("في سلة المحذوفات، ولا يراها القراء.", await Banner(trashed));
    }

    [Fact]
    public async Task The_featured_image_is_chosen_from_a_grid_of_thumbnails_and_a_bad_id_is_refused_in_one_line()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.UploadAsync(MediaFiles.Jpeg(800, 600), "harbour.jpg", alt: "ميناء طرابلس")).StatusCode);
        var media = await _factory.WithDbAsync(db => Task.FromResult(db.Media.Single()));
        var id = await _factory.AddPostAsync(editor.Id, "خبر بصورة");

        var form = await editor.Client.GetDocumentAsync($"/admin/posts/{id}");
        var grid = form.QuerySelector("fieldset#featured")!;
        Assert.Equal("الصورة البارزة", grid.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["بلا صورة", "ميناء طرابلس"], grid.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.True(grid.QuerySelector("input#featured-none")!.HasAttribute("checked"));
        Assert.StartsWith("/media/", grid.QuerySelector($"label[for='featured-{media.Id}'] img")!.GetAttribute("src"));

        var saved = await editor.Client.SubmitAsync(form, $"/admin/posts/{id}", new Dictionary<string, string> { ["Form.FeaturedMediaId"] = media.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#editor-form", ("Intent", "Save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(media.Id, (await _factory.PostAsync(id)).FeaturedMediaId);
        Assert.True((await editor.Client.GetDocumentAsync($"/admin/posts/{id}")).QuerySelector($"input#featured-{media.Id}")!.HasAttribute("checked"));

        var bad = await editor.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.FeaturedMediaId"] = "99999", ["Form.Title"] = "عنوان جديد لم يُحفظ" }, "#editor-form", ("Intent", "Save"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await bad.ReadDocumentAsync();
        Assert.Equal(["الصورة البارزة المختارة غير موجودة في مكتبة الوسائط أو ليست صورة. اختر صورة من الشبكة أو «بلا صورة»."],
            page.QuerySelectorAll(".error li").Select(li => li.TextContent.Trim()));
        Assert.Equal("عنوان جديد لم يُحفظ", page.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal(media.Id, (await _factory.PostAsync(id)).FeaturedMediaId);
    }
}
