using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Postgres;

/// <summary>Statements on PostgreSQL, whatever QALAM_TEST_DATABASE says: numbering under races, and the lock.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStatementTests(PostgresFixture postgres) : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false, postgres: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Statements_published_at_once_from_two_contexts_get_distinct_numbers_with_no_gap()
    {
        Assert.NotNull(postgres.Cluster);
        var ids = new List<int>();
        for (var i = 1; i <= 10; i++) ids.Add(await _factory.DraftStatementAsync($"بيان متزامن {i}"));

        // Two writers, each its own context and connection, taking turns through the list as fast as they can.
        using var start = new ManualResetEventSlim(false);
        var writers = new[] { ids.Where((_, i) => i % 2 == 0).ToList(), ids.Where((_, i) => i % 2 == 1).ToList() }.Select(part => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = _factory.Services.CreateAsyncScope();
            var publisher = scope.ServiceProvider.GetRequiredService<StatementPublisher>();
            foreach (var id in part) await publisher.PublishAsync(id);
        })).ToList();
        start.Set();
        await Task.WhenAll(writers);

        var numbers = await _factory.WithDbAsync(db => db.Statements.Where(s => s.Year == 2026).Select(s => s.Number!.Value).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 10), numbers);
        Assert.Equal(10, await _factory.WithDbAsync(db => db.StatementCounters.Where(c => c.Year == 2026).Select(c => c.LastNumber).SingleAsync()));
    }

    [Fact]
    public async Task A_published_statement_cannot_be_edited_on_postgres()
    {
        var id = await _factory.DraftStatementAsync("بشأن التسريب", "<p>تطالب المؤسسة بفتح تحقيق جاد.</p>");
        await _factory.PublishStatementAsync(id);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            Assert.True(db.Database.IsNpgsql());
            var post = await db.Posts.FirstAsync(p => p.Id == id);
            post.BodyHtml = "<p>نص مختلف</p>";
            await Assert.ThrowsAsync<StatementLockedException>(() => db.SaveChangesAsync());
        });
        var body = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync());
        Assert.Contains("بفتح تحقيق جاد", body);
    }
}
