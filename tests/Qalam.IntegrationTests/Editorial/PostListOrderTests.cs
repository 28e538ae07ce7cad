using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>The post list's order, as an editor coming from WordPress expects it, and what its titles say.</summary>
public sealed class PostListOrderTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IReadOnlyList<string> Titles(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll("table.posts tbody td:nth-child(2) > a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_newest_published_post_is_first_on_page_one_even_after_older_posts_were_edited()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var ids = new List<int>();
        for (var i = 1; i <= 22; i++)
        {
            ids.Add(await _factory.AddPostAsync(editor.Id, $"منشورة {i:00}", PostStatus.Published));
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        // The older posts are corrected afterwards: sorting by last update used to push the newest one to page 2.
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var newest = ids[^1];
            foreach (var post in await db.Posts.Where(p => p.Id != newest).OrderBy(p => p.Id).ToListAsync())
            {
                _factory.Clock.Advance(TimeSpan.FromMinutes(1));
                writer.Touch(post, editor.Id);
            }
            await db.SaveChangesAsync();
        });
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _factory.AddPostAsync(editor.Id, "مسودة كُتبت الآن");

        var list = await editor.Client.GetDocumentAsync("/admin/posts");
        Assert.Equal(["مسودة كُتبت الآن", "منشورة 22", "منشورة 21", "منشورة 20"], Titles(list).Take(4));
        Assert.Equal("Published", list.QuerySelector("#order option[selected]")!.GetAttribute("value"));

        var byUpdate = await editor.Client.GetDocumentAsync("/admin/posts?Order=Updated");
        Assert.Equal(["مسودة كُتبت الآن", "منشورة 21", "منشورة 20"], Titles(byUpdate).Take(3));
        Assert.DoesNotContain("منشورة 22", Titles(byUpdate));
        Assert.Contains("Order=Updated", byUpdate.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Updated", byUpdate.QuerySelector("#order option[selected]")!.GetAttribute("value"));
        Assert.Contains("منشورة 22", Titles(await editor.Client.GetDocumentAsync("/admin/posts?Order=Updated&p=2")));

        var byTitle = await editor.Client.GetDocumentAsync("/admin/posts?Order=Title");
        Assert.Equal(["مسودة كُتبت الآن", "منشورة 01", "منشورة 02"], Titles(byTitle).Take(3));
    }

    [Fact]
    public async Task A_numbered_statement_is_listed_with_its_number_and_viewed_at_its_official_address()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.DraftStatementAsync("بشأن حماية البيانات");
        var statement = await _factory.PublishStatementAsync(id);

        var list = await editor.Client.GetDocumentAsync("/admin/posts?kind=statement");
        var title = $"بيان رقم ({statement.Number}) لعام {statement.Year}: بشأن حماية البيانات";
        Assert.Equal([title], Titles(list));
        var view = list.QuerySelectorAll(".row-links a").Single(a => a.TextContent.Trim() == "عرض");
        Assert.Equal($"/statements/{statement.Year}/{statement.Number}", view.GetAttribute("href"));
    }

    [Fact]
    public async Task The_pages_filter_answers_at_kind_page_with_its_own_heading()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await _factory.AddPostAsync(editor.Id, "خبر عادي", PostStatus.Published);
        var page = await _factory.AddPostAsync(editor.Id, "من نحن", PostStatus.Published);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            (await db.Posts.FindAsync(page))!.Kind = PostKind.Page;
            await db.SaveChangesAsync();
        });

        var doc = await editor.Client.GetDocumentAsync("/admin/posts?kind=page");

        Assert.Equal(["من نحن"], Titles(doc));
        Assert.Equal("الصفحات", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Page", doc.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
        var newPage = doc.QuerySelectorAll("main a.button").Single(a => a.TextContent.Trim() == "صفحة جديدة").GetAttribute("href")!;
        Assert.Equal("Page", (await editor.Client.GetDocumentAsync(newPage)).QuerySelector("#kind option[selected]")!.GetAttribute("value"));
    }
}
