using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Search;
using Qalam.Search;

namespace Qalam.IntegrationTests.Import;

/// <summary>
/// An import analyses posts for search on its reading thread, ahead of saving them: the index it leaves must be the
/// one a rebuild makes from the posts as stored, tags in any order, a tag the site already had under another name,
/// hashtags, scheduled posts and drafts included.
/// </summary>
public sealed class ImportSearchIndexTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static string Tag(string slug, string name) => $"""<category domain="post_tag" nicename="{slug}"><![CDATA[{name}]]></category>""";

    [Fact]
    public async Task The_index_an_import_leaves_is_the_one_a_rebuild_makes_from_the_stored_posts()
    {
        // A tag the site has already: the import links it, and its stored name is what readers search for.
        await _factory.WithDbAsync(async db =>
        {
            db.Tags.Add(new Tag { Name = "اسم محفوظ", Slug = "kept-tag" });
            return await db.SaveChangesAsync();
        });
        var tags = Tag("zeta", "وسم زاي") + Tag("alpha", "وسم ألف") + Tag("kept-tag", "اسم مختلف");
        var report = await _factory.ImportXmlAsync(Wxr.Document(
            Wxr.Post(201, "تقرير الشفافية", "تقرير-الشفافية", content: "<p>نشرنا اليوم تقرير #الشفافية السنوي للمؤسسة.</p>", extra: tags)
            + Wxr.Post(202, "تقرير الشفافية", "تقرير-الشفافية", content: "<p>نسخة ثانية من التقرير عن الحوكمة.</p>", extra: Tag("alpha", "وسم ألف"))
            + Wxr.Post(203, "خطة قادمة", "خطة-قادمة", status: "future", date: "2099-01-01 08:00:00", content: "<p>خطة المؤسسة للعام القادم.</p>", extra: tags)
            + Wxr.Post(204, "مسودة", "", status: "draft", content: "<p>مسودة عن الحوكمة لم تنشر.</p>", extra: tags)));
        Assert.Empty(report.Failed);
        Assert.Contains(report.Renamed, r => r.StartsWith("202 ", StringComparison.Ordinal));

        var client = _factory.CreateBrowserlessClient();
        Assert.Equal(["تقرير-الشفافية"], (await client.SearchAsync("محفوظ")).ResultSlugs());
        Assert.Empty((await client.SearchAsync("مختلف")).ResultSlugs());
        Assert.Contains("تقرير-الشفافية", (await client.SearchAsync("الشفافية")).ResultSlugs());
        Assert.Equal(["تقرير-الشفافية-202"], (await client.SearchAsync("الحوكمة")).ResultSlugs());
        var imported = await IndexAsync();

        var indexed = await _factory.WithScopeAsync(sp => sp.GetRequiredService<SearchIndexer>().RebuildAsync(sp.GetRequiredService<QalamDb>(), null, default));
        Assert.Equal(3, indexed);
        Assert.Equal(imported, await IndexAsync());
    }

    private Task<string> IndexAsync() => _factory.WithDbAsync(db => SearchIndexSnapshot.ReadAsync(db, documents: true));
}
