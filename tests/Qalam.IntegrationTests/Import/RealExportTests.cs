using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>
/// What real WordPress sites write, imported whole: the edge-case export written by WordPress 6.1 itself, and thousands
/// of generated items with the same cases mixed in. Every item comes across with a slug of its own, the same one on
/// every run, and the report names the ones that had to change.
/// </summary>
public sealed class RealExportTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private Task<Dictionary<string, string>> SlugsByWordPressIdAsync() => _factory.WithDbAsync(db =>
        db.ImportedItems.Where(i => i.ItemType == "post")
            .Join(db.Posts, i => i.TargetId, p => p.Id, (i, p) => new { i.SourceId, p.Slug })
            .ToDictionaryAsync(x => x.SourceId, x => x.Slug));

    [Fact]
    public async Task The_export_written_by_wordpress_imports_every_item_and_a_rerun_changes_nothing()
    {
        var options = new ImportOptions(Wxr.Fixture("wordpress-6.1-edge-cases-export.xml"));
        var first = await _factory.ImportAsync(options);

        Assert.Equal(16, first.Created);
        Assert.Empty(first.Failed);
        var slugs = await SlugsByWordPressIdAsync();
        Assert.Equal(16, slugs.Count);
        Assert.Equal(16, slugs.Values.Distinct().Count());
        // The two posts whose slugs differ only by harakat both came across; one was renamed, and the report says so.
        Assert.Contains(slugs.Values, s => s == "العمل-المؤسسي");
        Assert.Contains(first.Renamed, r => r.Contains("العمل-المؤسسي", StringComparison.Ordinal));
        Assert.Contains("Given a new slug", first.ToText());
        // A trashed item keeps the slug it had before WordPress added __trashed.
        Assert.DoesNotContain(slugs.Values, s => s.Contains("trashed", StringComparison.Ordinal));

        var second = await _factory.ImportAsync(options);
        Assert.Equal((0, 0, 16), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(slugs, await SlugsByWordPressIdAsync());
    }

    [Fact]
    public async Task Thousands_of_items_with_real_sites_edge_cases_import_in_one_run_with_stable_slugs()
    {
        var export = Path.Combine(_factory.DataDirectory, "generated.xml");
        WxrGenerator.Write(export, 2000, edgeCases: true);

        var first = await _factory.ImportAsync(new ImportOptions(export, BatchSize: 100));
        Assert.Empty(first.Failed);
        Assert.Equal(2000, first.Created);
        var slugs = await SlugsByWordPressIdAsync();
        Assert.Equal(2000, slugs.Values.Distinct().Count());
        Assert.NotEmpty(first.Renamed);

        var second = await _factory.ImportAsync(new ImportOptions(export, BatchSize: 100));
        Assert.Equal((0, 0, 2000), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(slugs, await SlugsByWordPressIdAsync());

        // The same file into a second site gives every item the same address: the suffix comes from the old id, not the order.
        using var other = new QalamFactory(demo: false);
        await other.ImportAsync(new ImportOptions(export, BatchSize: 7));
        var otherSlugs = await other.WithDbAsync(db => db.ImportedItems.Where(i => i.ItemType == "post")
            .Join(db.Posts, i => i.TargetId, p => p.Id, (i, p) => new { i.SourceId, p.Slug }).ToDictionaryAsync(x => x.SourceId, x => x.Slug));
        Assert.Equal(slugs, otherSlugs);
    }

    [Fact]
    public async Task An_item_that_breaks_its_batch_is_reported_and_left_out_while_the_rest_of_the_batch_comes_across()
    {
        // The database refuses one post, as a constraint would: the batch is retried item by item.
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON Posts WHEN NEW.Title = 'خبر ثان' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"));
        var xml = Wxr.Document(string.Join("\n", Wxr.Post(501, "خبر أول", "khabar-1"), Wxr.Post(502, "خبر ثان", "khabar-2"), Wxr.Post(503, "خبر ثالث", "khabar-3")));
        var report = await _factory.ImportXmlAsync(xml);

        Assert.Equal(["خبر أول", "خبر ثالث"], await _factory.WithDbAsync(db => db.Posts.OrderBy(p => p.Title).Select(p => p.Title).ToListAsync()));
        Assert.Equal(2, report.Created);
        var failed = Assert.Single(report.Failed);
        Assert.Contains("post 502 «خبر ثان»", failed, StringComparison.Ordinal);
        Assert.Contains("refused for the test", failed, StringComparison.Ordinal);
        Assert.Contains("Not imported", report.ToText());

        // Once the cause is gone, running the import again brings in just that item.
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_one"));
        var again = await _factory.ImportXmlAsync(xml);
        Assert.Equal((1, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Failed);
    }
}
