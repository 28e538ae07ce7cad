using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>Rebuilding the index (what `qalam reindex` runs) gives exactly the index that saving posts kept up to date.</summary>
public sealed class ReindexTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Rebuild_gives_the_same_statistics_and_results_as_the_index_kept_on_save()
    {
        await EditSomePostsAsync();
        var client = _factory.CreateBrowserlessClient();
        string[] queries = ["المؤسسة", "الأمن الرقمي", "الشفافية", "network", "التقنية -سبها"];
        var before = await Task.WhenAll(queries.Select(async q => (await client.SearchAsync(q)).ResultSlugs()));
        Assert.All(before, slugs => Assert.NotEmpty(slugs));
        var statsBefore = await StatisticsAsync();

        var indexed = 0;
        var reports = new List<(int Done, int Total)>();
        await _factory.WithScopeAsync(async sp =>
            indexed = await sp.GetRequiredService<SearchIndexer>().RebuildAsync(sp.GetRequiredService<QalamDb>(), (d, t) => reports.Add((d, t)), default));

        var publishedOrScheduled = await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled));
        Assert.Equal(publishedOrScheduled, indexed);
        Assert.Equal((indexed, indexed), reports[^1]);
        Assert.Equal(statsBefore, await StatisticsAsync());
        Assert.Equal(before, await Task.WhenAll(queries.Select(async q => (await client.SearchAsync(q)).ResultSlugs())));
    }

    [Fact]
    public async Task Starting_on_an_empty_index_with_posts_rebuilds_it()
    {
        var client = _factory.CreateBrowserlessClient();
        var before = (await client.SearchAsync("المؤسسة")).ResultSlugs();
        Assert.NotEmpty(before);
        // What an upgrade whose migration changed the index format leaves behind: posts, and an empty index.
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<ISearchStore>().ClearAsync(sp.GetRequiredService<QalamDb>(), default));
        Assert.Empty((await client.SearchAsync("المؤسسة")).ResultSlugs());

        var initializer = _factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DatabaseInitializer>().Single();
        await initializer.StartAsync(default);
        Assert.Equal(before, (await client.SearchAsync("المؤسسة")).ResultSlugs());
    }

    [Fact]
    public async Task Starting_on_an_index_built_by_another_analyser_rebuilds_it()
    {
        var client = _factory.CreateBrowserlessClient();
        var before = (await client.SearchAsync("المؤسسة")).ResultSlugs();
        Assert.NotEmpty(before);
        // An index from an older Qalam: it lacks what this analyser would give a post, here the whole first result.
        var slug = before.First(s => !s.Contains('/'));
        var first = await SearchCorpus.IdOfAsync(_factory, slug);
        await _factory.WithScopeAsync(async sp =>
        {
            var (store, db) = (sp.GetRequiredService<ISearchStore>(), sp.GetRequiredService<QalamDb>());
            await store.RemoveAsync(db, [first], default);
            await store.WriteAnalyzerVersionAsync(db, SearchAnalyzer.Version - 1, default);
        });
        Assert.DoesNotContain(slug, (await client.SearchAsync("المؤسسة")).ResultSlugs());

        var initializer = _factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DatabaseInitializer>().Single();
        await initializer.StartAsync(default);
        Assert.Equal(before, (await client.SearchAsync("المؤسسة")).ResultSlugs());
        Assert.Equal(SearchAnalyzer.Version, await _factory.WithScopeAsync(sp =>
            sp.GetRequiredService<ISearchStore>().ReadAnalyzerVersionAsync(sp.GetRequiredService<QalamDb>(), default)));
    }

    // Unpublish one post, retitle another, delete a third: the incremental index must undo their old statistics exactly.
    private Task EditSomePostsAsync() => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var posts = await db.Posts.Where(p => p.Status == PostStatus.Published).OrderBy(p => p.Id).Take(3).ToListAsync();
        sp.GetRequiredService<Publishing>().Unpublish(posts[0], PostStatus.Draft);
        posts[1].Title = "عنوان جديد عن المؤسسة والتقنية";
        db.Posts.Remove(posts[2]);
        await db.SaveChangesAsync();
    });

    private Task<string> StatisticsAsync() => _factory.WithDbAsync(db => SearchIndexSnapshot.ReadAsync(db, documents: false));
}
