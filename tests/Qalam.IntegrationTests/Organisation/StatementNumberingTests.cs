using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Organisation;

public sealed class StatementNumberingTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Parallel_publications_on_separate_connections_get_consecutive_numbers_with_no_duplicate_and_no_gap()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 12; i++) ids.Add(await _factory.DraftStatementAsync($"بيان تجريبي {i}"));

        // Each publication in its own scope: its own DbContext and its own connection to the same SQLite file.
        using var start = new ManualResetEventSlim(false);
        var tasks = ids.Select(id => Task.Run(async () =>
        {
            start.Wait();
            return await _factory.PublishStatementAsync(id);
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);

        var numbers = await _factory.WithDbAsync(db => db.Statements.Where(s => s.Year == 2026).Select(s => s.Number!.Value).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 12), numbers);
        var counter = await _factory.WithDbAsync(db => db.StatementCounters.SingleAsync(c => c.Year == 2026));
        Assert.Equal(12, counter.LastNumber);
    }

    [Fact]
    public async Task A_publication_that_fails_half_way_consumes_no_number()
    {
        var failing = await _factory.DraftStatementAsync("بيان يفشل نشره");
        var next = await _factory.DraftStatementAsync("بيان ينشر بعده");

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.FirstAsync(p => p.Id == failing);
            await sp.GetRequiredService<Publishing>().PublishAsync(post);
            // Something else in the same unit of work breaks (a row pointing at a missing post): nothing may commit.
            db.StatementAddenda.Add(new StatementAddendum { StatementPostId = 999_999, BodyHtml = "<p>x</p>" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        var published = await _factory.PublishStatementAsync(next);
        Assert.Equal(1, published.Number);
        var failed = await _factory.WithDbAsync(db => db.Statements.Include(s => s.Post).SingleAsync(s => s.PostId == failing));
        Assert.Null(failed.Number);
        Assert.Equal(PostStatus.Draft, failed.Post.Status);
        Assert.Equal(2, (await _factory.PublishStatementAsync(failing)).Number);
    }

    [Fact]
    public async Task Numbers_start_again_each_calendar_year_and_survive_unpublishing_and_republishing()
    {
        var first = await _factory.DraftStatementAsync("بيان العام الأول");
        Assert.Equal((2026, 1), Pair(await _factory.PublishStatementAsync(first)));

        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero));
        var second = await _factory.DraftStatementAsync("بيان العام الثاني");
        Assert.Equal((2027, 1), Pair(await _factory.PublishStatementAsync(second)));

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            sp.GetRequiredService<Publishing>().Unpublish(await db.Posts.FirstAsync(p => p.Id == first), PostStatus.Draft);
            await db.SaveChangesAsync();
        });
        Assert.Equal((2026, 1), Pair(await _factory.PublishStatementAsync(first)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.StatementCounters.Where(c => c.Year == 2026).Select(c => c.LastNumber).SingleAsync()));
    }

    [Fact]
    public async Task The_database_refuses_a_second_statement_with_the_same_number_in_a_year()
    {
        var a = await _factory.DraftStatementAsync("أ");
        var b = await _factory.DraftStatementAsync("ب");
        await _factory.PublishStatementAsync(a);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var statement = await db.Statements.FirstAsync(s => s.PostId == b);
            (statement.Year, statement.Number) = (2026, 1);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task An_editor_publishes_a_statement_from_the_admin_and_readers_see_its_number_and_signature()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var response = await editor.PostFormAsync("/admin/organisation/statements/edit", new Dictionary<string, string>
        {
            ["Title"] = "بشأن تسريب مراسلات المؤسسة",
            ["Body"] = "<p>تعرب المؤسسة عن استنكارها الشديد لما تعرضت له من تسريب.</p>",
            ["SignatureBlock"] = "المؤسسة الليبية للتقنية",
            ["SignedOn"] = "2026-01-18",
        }, postUrl: "/admin/organisation/statements/edit?handler=publish");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بيان رقم (1) لعام 2026", page.QuerySelector(".statement-number")!.TextContent.Trim());
        Assert.Equal("بشأن تسريب مراسلات المؤسسة", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(["المؤسسة الليبية للتقنية", "18-1-2026"], page.Texts(".signature p"));
        Assert.Equal("/statements/2026/1.pdf", page.QuerySelector("a[href$='.pdf']")!.GetAttribute("href"));
        var archive = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026");
        Assert.Contains("بيان رقم (1) لعام 2026", archive.QuerySelector(".statements")!.TextContent);
    }

    [Fact]
    public async Task Authors_cannot_open_or_post_to_the_statement_admin()
    {
        var author = await _factory.SignedInClientAsync(Role.Author);
        var get = await author.GetAsync("/admin/organisation/statements/edit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/admin/denied", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Statements.CountAsync()));
    }

    private static (int?, int?) Pair(Statement s) => (s.Year, s.Number);
}
