using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class PostListTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IReadOnlyList<string> Titles(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll("table.posts tbody td:nth-child(2) > a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Filters_narrow_the_list_by_status_language_kind_and_title()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await _factory.AddPostAsync(editor.Id, "خبر عن التقنية", PostStatus.Published);
        var english = await _factory.AddPostAsync(editor.Id, "Technology news", PostStatus.Published);
        var statement = await _factory.AddPostAsync(editor.Id, "بيان المؤسسة");
        await _factory.AddPostAsync(editor.Id, "مسودة محذوفة", PostStatus.Trash);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            (await db.Posts.FindAsync(english))!.Language = "en";
            (await db.Posts.FindAsync(statement))!.Kind = PostKind.Statement;
            await db.SaveChangesAsync();
        });

        Assert.Equal(["بيان المؤسسة", "Technology news", "خبر عن التقنية"], Titles(await editor.Client.GetDocumentAsync("/admin/posts")));
        Assert.Equal(["مسودة محذوفة"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Status=Trash")));
        Assert.Equal(["بيان المؤسسة"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Status=Draft")));
        Assert.Equal(["Technology news"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Language=en")));
        Assert.Equal(["بيان المؤسسة"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Kind=Statement")));
        Assert.Equal(["خبر عن التقنية"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Q=" + Uri.EscapeDataString("التقنية"))));
    }

    [Fact]
    public async Task The_list_pages_twenty_posts_at_a_time_keeping_the_filters_in_its_links()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        for (var i = 1; i <= 23; i++)
        {
            await _factory.AddPostAsync(editor.Id, $"مقالة {i:00}");
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await editor.Client.GetDocumentAsync("/admin/posts?Status=Draft");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await editor.Client.GetDocumentAsync(next);

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("مقالة 23", Titles(first)[0]);
        Assert.Contains("Status=Draft", next);
        Assert.Contains("p=2", next);
        Assert.Equal(["مقالة 03", "مقالة 02", "مقالة 01"], Titles(second));
    }
}
