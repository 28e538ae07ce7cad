using Microsoft.Extensions.DependencyInjection;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>Rebuilding the index (what `qalam reindex` runs) gives exactly the index that saving posts built.</summary>
public sealed class ReindexTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Rebuild_gives_the_same_results_in_the_same_order()
    {
        var client = _factory.CreateBrowserlessClient();
        string[] queries = ["المؤسسة", "الأمن الرقمي", "تدريب المعلمين", "network"];
        var before = await Task.WhenAll(queries.Select(async q => (await client.SearchAsync(q)).ResultSlugs()));
        Assert.All(before, slugs => Assert.NotEmpty(slugs));

        var indexed = 0;
        var reports = new List<(int, int)>();
        await _factory.WithScopeAsync(async sp =>
            indexed = await sp.GetRequiredService<SearchIndexer>().RebuildAsync(sp.GetRequiredService<QalamDb>(), (d, t) => reports.Add((d, t)), default));

        var publicOrScheduled = await _factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Posts, p => p.Status == Content.PostStatus.Published || p.Status == Content.PostStatus.Scheduled));
        Assert.Equal(publicOrScheduled, indexed);
        Assert.Equal((indexed, indexed), reports[^1]);
        var after = await Task.WhenAll(queries.Select(async q => (await client.SearchAsync(q)).ResultSlugs()));
        Assert.Equal(before, after);
    }
}
