using Microsoft.EntityFrameworkCore;
using Qalam.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>
/// Exports from sites with Polylang or WPML (fixtures in the shape each writes; see their header comments) come across
/// with each post in its language and translations linked both ways; an export without either is imported as before.
/// </summary>
public sealed class TranslationImportTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private sealed record Imported(int Id, string Slug, string Language, int? Group);

    /// <summary>Each imported post by its WordPress id.</summary>
    private Task<Dictionary<string, Imported>> PostsAsync() => _factory.WithDbAsync(db =>
        db.ImportedItems.Where(i => i.ItemType == "post")
            .Join(db.Posts, i => i.TargetId, p => p.Id, (i, p) => new { i.SourceId, p.Id, p.Slug, p.Language, p.TranslationGroupId })
            .ToDictionaryAsync(x => x.SourceId, x => new Imported(x.Id, x.Slug, x.Language, x.TranslationGroupId)));

    /// <summary>The posts that share each post's group, seen from that post: reciprocal when every member sees the same set.</summary>
    private static void AssertGroup(Dictionary<string, Imported> posts, int expectedId, params string[] members)
    {
        foreach (var member in members)
        {
            Assert.Equal(expectedId, posts[member].Group);
            var seen = posts.Where(p => p.Value.Group == posts[member].Group).Select(p => p.Key).Order().ToList();
            Assert.Equal(members.Order(), seen);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2)] // groups cut across batches, the original after its translations in one of them
    public async Task A_polylang_export_gives_each_post_its_language_and_links_its_translations(int batch)
    {
        var report = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("polylang-3.5-ar-en-fr-export.xml"), BatchSize: batch));
        Assert.Empty(report.Failed);
        var posts = await PostsAsync();
        Assert.Equal(14, posts.Count);

        Assert.Equal(["ar", "en", "ar", "en", "fr", "ar", "en", "en", "en", "fr", "ar", "en", "ar", "ar"],
            new[] { "12", "15", "20", "21", "22", "30", "31", "32", "40", "41", "45", "46", "50", "51" }.Select(id => posts[id].Language));
        // The group's id is its Arabic post's (the site's default language), seen the same from every member.
        AssertGroup(posts, posts["12"].Id, "12", "15");
        AssertGroup(posts, posts["20"].Id, "20", "21", "22");
        AssertGroup(posts, posts["30"].Id, "30", "31");
        AssertGroup(posts, posts["45"].Id, "45", "46");
        // Without Arabic, the post the group began with.
        AssertGroup(posts, Math.Min(posts["40"].Id, posts["41"].Id), "40", "41");
        // A second English post of a group is kept, alone; a post without translations has no group.
        Assert.Null(posts["32"].Group);
        Assert.Null(posts["50"].Group);
        Assert.Null(posts["51"].Group);
        // Slugs lose their harakat as every imported slug does; 51's, then alike 50's, was renamed, languages aside.
        Assert.Equal("مرحبا-بالعالم-الرقمي", posts["12"].Slug);
        Assert.Equal("خبر-بلا-ترجمة", posts["50"].Slug);
        Assert.NotEqual(posts["50"].Slug, posts["51"].Slug);

        var text = report.ToText();
        Assert.Contains("Languages (Polylang): ar 6, en 6, fr 2; 5 translation groups", text);
        Assert.Contains("Posts in languages this site does not publish in: 2 (fr 2), imported with their language code", text);
        Assert.Contains("Categories and tags with a language in the export: 5 (ar 2, en 2, fr 1); not imported", text);
        Assert.Equal(["32 «First quarter report» (en)"], report.TranslationDuplicates);
        // Polylang's own taxonomies are its bookkeeping, not the site's terms.
        Assert.False(await _factory.WithDbAsync(db => db.Terms.AnyAsync(t => t.Taxonomy == "language" || t.Taxonomy == "post_translations")));
    }

    [Fact]
    public async Task Importing_the_same_export_again_changes_nothing_and_a_later_export_updates_languages_and_groups()
    {
        var first = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("polylang-3.5-ar-en-fr-export.xml")));
        var before = await PostsAsync();

        var again = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("polylang-3.5-ar-en-fr-export.xml"), BatchSize: 3));
        Assert.Equal((0, 0, first.Created), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await PostsAsync());

        // Later, 50 got an English translation (52) and 51 was found to be English; 31 and 46 were unlinked, which
        // makes the copy 32 its group's one English post and leaves 45 alone (both unchanged items themselves).
        var later = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("polylang-3.5-ar-en-fr-export-later.xml"), BatchSize: 3));
        Assert.Equal((1, 4), (later.Created, later.Updated));
        var after = await PostsAsync();
        AssertGroup(after, before["50"].Id, "50", "52");
        Assert.Equal(("en", "en"), (after["51"].Language, after["52"].Language));
        Assert.Null(after["51"].Group);
        AssertGroup(after, before["30"].Id, "30", "32");
        Assert.Equal((null, null, null), (after["31"].Group, after["45"].Group, after["46"].Group));
        Assert.Empty(later.TranslationDuplicates);
        foreach (var id in before.Keys.Except(["30", "31", "32", "45", "46", "50", "51"])) Assert.Equal(before[id], after[id]);
    }

    [Fact]
    public async Task A_wpml_export_gives_each_post_its_language_and_links_its_translations()
    {
        var report = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("wpml-4.6-ar-en-fr-export.xml"), BatchSize: 2));
        Assert.Empty(report.Failed);
        var posts = await PostsAsync();

        Assert.Equal(["ar", "en", "fr", "en", "fr", "ar", "en", "en", "ar"],
            new[] { "101", "102", "103", "104", "105", "107", "108", "109", "110" }.Select(id => posts[id].Language));
        AssertGroup(posts, posts["101"].Id, "101", "102", "103");
        AssertGroup(posts, Math.Min(posts["104"].Id, posts["105"].Id), "104", "105");
        AssertGroup(posts, posts["107"].Id, "107", "108");
        Assert.Null(posts["109"].Group);
        Assert.Null(posts["110"].Group);
        Assert.Equal("إطلاق-المنصة", posts["101"].Slug);

        var text = report.ToText();
        Assert.Contains("Languages (WPML): ar 3, en 4, fr 2; 3 translation groups", text);
        Assert.Contains("Posts in languages this site does not publish in: 2 (fr 2)", text);
        Assert.Equal(["109 «Workshop» (en)"], report.TranslationDuplicates);
        // WPML's fields are read, so they are not reported as unknown.
        Assert.DoesNotContain(report.UnknownMetaKeys.Keys, k => k.StartsWith("_wpml_import", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_export_without_polylang_or_wpml_puts_every_post_in_the_default_language_without_groups()
    {
        var report = await _factory.ImportXmlAsync(Wxr.Document(string.Join("\n",
            Wxr.Post(1, "خَبَرٌ أَوَّلُ", Uri.EscapeDataString("خَبَرٌ-أَوَّلُ")),
            Wxr.Post(2, "مسودة", "", status: "draft"))));
        var posts = await PostsAsync();
        Assert.All(posts.Values, p => Assert.Equal(("ar", (int?)null), (p.Language, p.Group)));
        Assert.Null(report.TranslationsFrom);
        Assert.DoesNotContain("Languages", report.ToText());
    }

    [Fact]
    public async Task A_dry_run_reports_the_languages_and_writes_nothing()
    {
        var report = await _factory.ImportAsync(new ImportOptions(Wxr.Fixture("wpml-4.6-ar-en-fr-export.xml"), DryRun: true));
        Assert.Contains("Languages (WPML): ar 3, en 4, fr 2; 3 translation groups", report.ToText());
        Assert.Empty(await PostsAsync());
    }
}
