using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// The index numbers each language the first time a post in it is indexed, and keeps the number: a rebuild gives it
/// back unchanged and a new language takes the next, so the setting's order never decides what a posting means.
/// </summary>
public sealed class IndexLanguageTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true, settings: new Dictionary<string, string> { ["Qalam:Languages"] = "ar,en,fr" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Languages_keep_their_numbers_through_a_rebuild_and_a_new_one_takes_the_next()
    {
        await _factory.AddPostAsync(new NewPost("Une bibliothèque à Tripoli", "<p>La bibliothèque ouvre ses portes.</p>") { Slug = "bibliotheque", Language = "fr" });
        var before = await NumbersAsync();
        Assert.Equal(["ar", "en", "fr"], before.Keys.Order());
        Assert.Equal([1L, 2L], new[] { before["ar"], before["en"] }.Order());       // the demo's posts came first
        Assert.Equal(3L, before["fr"]);

        await _factory.WithScopeAsync(sp => sp.GetRequiredService<SearchIndexer>().RebuildAsync(sp.GetRequiredService<QalamDb>(), null, default));
        Assert.Equal(before, await NumbersAsync());

        // A post in a language the site does not list takes the next number: never found as French, found among all.
        await _factory.AddPostAsync(new NewPost("Die Bibliothèque in Tripolis", "<p>Die bibliothèque öffnet.</p>") { Slug = "bibliothek", Language = "de" });
        Assert.Equal(4L, (await NumbersAsync())["de"]);
        var client = _factory.CreateBrowserlessClient();
        Assert.Equal(["fr/bibliotheque"], (await client.GetDocumentAsync("/search?q=bibliothèque&lang=fr")).ResultSlugs());
        Assert.Equal(2, (await client.GetDocumentAsync("/search?q=bibliothèque&lang=all")).ResultSlugs().Count);
    }

    private Task<Dictionary<string, long>> NumbersAsync() => _factory.WithDbAsync(async db =>
        (await db.Database.SqlQuery<string>($"SELECT \"Term\" || ':' || \"Df\" AS \"Value\" FROM \"SearchTerms\" WHERE \"Term\" > {IndexLanguages.Prefix} AND \"Term\" < {IndexLanguages.End}")
            .ToListAsync()).Select(r => r[IndexLanguages.Prefix.Length..].Split(':')).ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)));
}
