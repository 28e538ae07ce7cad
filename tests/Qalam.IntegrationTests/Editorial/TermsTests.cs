using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class TermsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> CategoryIdAsync(string slug) => await _factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).FirstAsync());

    [Fact]
    public async Task Renaming_a_category_keeps_the_old_address_redirecting_with_301()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await editor.Client.SubmitAsync("/admin/categories", new Dictionary<string, string> { ["Name"] = "أخبار المؤسسة" });
        var id = await CategoryIdAsync("أخبار-المؤسسة");

        var save = await editor.Client.SubmitAsync($"/admin/categories/{id}", new Dictionary<string, string> { ["Name"] = "أخبار", ["Slug"] = "news" });
        var old = await _factory.CreateBrowserlessClient().GetAsync("/category/" + Uri.EscapeDataString("أخبار-المؤسسة"));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/category/news", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_category_with_posts_is_deleted_only_with_its_posts_moved_to_another()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await editor.Client.SubmitAsync("/admin/categories", new Dictionary<string, string> { ["Name"] = "قديم", ["Slug"] = "old" });
        await editor.Client.SubmitAsync("/admin/categories", new Dictionary<string, string> { ["Name"] = "جديد", ["Slug"] = "new" });
        var (oldId, newId) = (await CategoryIdAsync("old"), await CategoryIdAsync("new"));
        var post = await _factory.AddPostAsync(editor.Id, "مقالة مصنفة");
        await editor.Client.SubmitAsync($"/admin/posts/{post}", new Dictionary<string, string> { ["Form.CategoryIds"] = oldId.ToString() }, "#editor-form", ("Intent", "Save"));

        var refused = await editor.Client.SubmitAsync($"/admin/categories/{oldId}", new Dictionary<string, string> { ["ReassignTo"] = "" }, ".danger-zone form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("اختر تصنيفًا", (await refused.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);

        var deleted = await editor.Client.SubmitAsync($"/admin/categories/{oldId}", new Dictionary<string, string> { ["ReassignTo"] = newId.ToString() }, ".danger-zone form");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal([newId], (await _factory.PostAsync(post)).Categories.Select(c => c.Id));
    }

    [Fact]
    public async Task Renaming_a_tag_redirects_its_old_address_and_authors_cannot_manage_tags()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var author = await _factory.SignInAsync(Role.Author);
        await editor.Client.SubmitAsync("/admin/tags", new Dictionary<string, string> { ["Name"] = "تقنية" });
        var id = await _factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "تقنية").Select(t => t.Id).FirstAsync());

        await editor.Client.SubmitAsync($"/admin/tags/{id}", new Dictionary<string, string> { ["Slug"] = "tech" });
        var old = await _factory.CreateBrowserlessClient().GetAsync("/tag/" + Uri.EscapeDataString("تقنية"));

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/tag/tech", old.Headers.Location!.OriginalString);
        Assert.True((await author.Client.GetAsync("/admin/tags")).IsRefused());
        Assert.True((await author.Client.GetAsync("/admin/categories")).IsRefused());
    }
}
