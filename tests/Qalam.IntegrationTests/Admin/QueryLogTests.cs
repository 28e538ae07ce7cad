using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Search;
using Qalam.Search;

namespace Qalam.IntegrationTests.Admin;

/// <summary>Editors see what readers search for and what found nothing, and nothing about who searched.</summary>
public sealed class QueryLogTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IReadOnlyList<(string Query, string Count)> Rows(IDocument doc, string table) =>
        doc.QuerySelectorAll($"table.{table} tbody tr").Select(r => (r.QuerySelector("td")!.TextContent.Trim(), r.QuerySelectorAll("td")[1].TextContent.Trim())).ToList();

    private async Task SearchAsync(params string[] queries)
    {
        var reader = _factory.CreateBrowserlessClient();
        reader.DefaultRequestHeaders.Add("User-Agent", "Reader-Browser/1.0");
        foreach (var q in queries) await reader.SearchAsync(q);
    }

    [Fact]
    public async Task The_page_lists_frequent_queries_and_those_that_found_nothing_with_what_to_do()
    {
        var writer = await _factory.SignInAsync(Role.Author);
        await _factory.AddPostAsync(writer.Id, "برنامج التدريب في سبها", PostStatus.Published, publishAt: _factory.Clock.GetUtcNow().AddDays(-1));
        await SearchAsync("سبها", "سَبها", "  سبها ", "التدريب", "مكتبة رقمية");
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await SearchAsync("مكتبة رقمية", "سبها");
        // Signed in the next day: a session left a day idle has ended.
        var editor = await _factory.SignInAsync(Role.Editor);

        var doc = await editor.Client.GetDocumentAsync("/admin/search/queries");

        // Harakat and spaces folded as search folds them: one query, counted over both days.
        Assert.Equal([("سبها", "4"), ("مكتبه رقميه", "2"), ("التدريب", "1")], Rows(doc, "top-queries"));
        Assert.Equal([("مكتبه رقميه", "2")], Rows(doc, "zero-hits"));
        var actions = doc.QuerySelectorAll("table.zero-hits tbody tr a");
        Assert.Equal("/admin/search/synonyms?words=" + Uri.EscapeDataString("مكتبه رقميه"), actions[0].GetAttribute("href"));
        Assert.StartsWith("أضف مرادفًا", actions[0].TextContent);
        Assert.Equal("/admin/posts/new", actions[1].GetAttribute("href"));
        Assert.StartsWith("اكتب مقالة", actions[1].TextContent);
        // The synonym link fills in the new group.
        var synonyms = await editor.Client.GetDocumentAsync(actions[0].GetAttribute("href")!);
        Assert.Equal("مكتبه رقميه", synonyms.QuerySelector("#new-words")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Nothing_about_the_reader_is_stored_or_shown()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await SearchAsync("سبها");
        var signedIn = await _factory.SignInAsync(Role.Author);
        await signedIn.Client.SearchAsync("تقرير");

        var columns = await _factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT name FROM pragma_table_info('SearchQueries') ORDER BY cid";
            var names = new List<string>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
            return names;
        });
        Assert.Equal(["Id", "Day", "Query", "Count", "ZeroHits"], columns);
        var html = (await editor.Client.GetDocumentAsync("/admin/search/queries")).QuerySelector("main")!.InnerHtml;
        Assert.DoesNotContain("Reader-Browser", html);
        Assert.DoesNotContain("127.0.0.1", html);
        Assert.DoesNotContain("author-", html);
        Assert.Equal(2, await _factory.WithDbAsync(db => db.SearchQueries.CountAsync()));
    }

    [Fact]
    public async Task Only_the_first_page_of_a_search_counts_and_old_days_are_purged()
    {
        await SearchAsync("سبها");
        await _factory.CreateBrowserlessClient().SearchAsync("سبها", "&page=2");
        await _factory.Services.GetRequiredService<QueryLog>().FlushAsync();
        Assert.Equal(1, await _factory.WithDbAsync(db => db.SearchQueries.SumAsync(q => q.Count)));

        _factory.Clock.Advance(TimeSpan.FromDays(91));
        await SearchAsync("تقرير");
        await _factory.Services.GetRequiredService<QueryLog>().FlushAsync();
        // The publisher's own round may have run on the clock's jump; either way the old day is gone.
        await _factory.Services.GetRequiredService<ScheduledPublisher>().PurgeSearchQueriesAsync();

        Assert.Equal(["تقرير"], await _factory.WithDbAsync(db => db.SearchQueries.Select(q => q.Query).ToListAsync()));
    }

    [Fact]
    public async Task Editors_and_administrators_see_the_page_and_authors_do_not()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await _factory.SignInAsync(Role.Editor)).Client.GetAsync("/admin/search/queries")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await _factory.SignInAsync(Role.Administrator)).Client.GetAsync("/admin/search/queries")).StatusCode);
        Assert.True((await (await _factory.SignInAsync(Role.Author)).Client.GetAsync("/admin/search/queries")).IsRefused());
    }

    [Fact]
    public async Task A_search_while_the_write_lock_is_held_is_answered_and_counted_once_the_lock_is_gone()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:BusyTimeoutSeconds"] = "1" });
        var reader = factory.CreateBrowserlessClient();
        var search = "/search?q=" + Uri.EscapeDataString("سبها");
        using (new Faults.DatabaseLock(factory.DataDirectory))
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(search)).StatusCode);
            await factory.Services.GetRequiredService<QueryLog>().FlushAsync(); // cannot write: kept
        }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(search)).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SearchQueries.CountAsync()));

        factory.Clock.Advance(QueryLog.FlushEvery); // the flusher's round
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await factory.WithDbAsync(db => db.SearchQueries.SumAsync(q => (int?)q.Count)) is not 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal([("سبها", 2)], await factory.WithDbAsync(async db => (await db.SearchQueries.ToListAsync()).Select(q => (q.Query, q.Count)).ToList()));
    }
}
