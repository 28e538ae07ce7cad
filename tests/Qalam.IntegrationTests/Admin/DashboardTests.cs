using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The dashboard each role starts from: what to write next, what waits, what happened, and counters that open their lists.</summary>
public sealed class DashboardTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private static IReadOnlyList<string> Sections(IDocument doc) => doc.Texts("main section h2");

    [Fact]
    public async Task A_contributor_can_start_a_post_but_not_a_statement_and_sees_their_own_actions()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Contributor)).GetDocumentAsync("/admin");

        Assert.Equal("/admin/posts/new", doc.QuerySelectorAll("main a.button").Single(a => a.TextContent.Trim() == "مقالة جديدة").GetAttribute("href"));
        Assert.DoesNotContain("بيان جديد", doc.Texts("main a"));
        Assert.Equal(["مسودة سريعة", "مسوداتي", "مجدولة للنشر", "آخر ما فعلت"], Sections(doc));
        Assert.Contains(": تسجيل الدخول", doc.QuerySelector("ul.activity li")!.TextContent);
        Assert.Null(doc.QuerySelector("ul.activity a[href^='/admin/people']"));
    }

    [Fact]
    public async Task An_editor_can_start_a_statement_and_sees_what_waits_for_review()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Editor)).GetDocumentAsync("/admin");

        Assert.Equal("/admin/organisation/statements/edit", doc.QuerySelectorAll("main a.button").Single(a => a.TextContent.Trim() == "بيان جديد").GetAttribute("href"));
        Assert.Equal(["مسودة سريعة", "مسوداتي", "بانتظار المراجعة", "مجدولة للنشر", "آخر ما فعلت"], Sections(doc));
    }

    [Fact]
    public async Task An_administrator_sees_everyone_s_recent_activity_in_plain_words_with_links()
    {
        var doc = await (await _factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org")).GetDocumentAsync("/admin");
        var bossId = (await _factory.PersonAsync("boss@example.org")).Id;

        Assert.Equal(["النسخ الاحتياطية والمهام الخلفية", "مسودة سريعة", "مسوداتي", "بانتظار المراجعة", "مجدولة للنشر", "آخر النشاط"], Sections(doc));
        var newest = doc.QuerySelector("ul.activity li")!;
        Assert.StartsWith("Administrator boss@e: تسجيل الدخول", newest.TextContent.Trim());
        Assert.Equal($"/admin/people/{bossId}", newest.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("sign-in", doc.QuerySelector("ul.activity")!.TextContent);
    }

    [Fact]
    public async Task Each_counter_opens_the_post_list_filtered_to_what_it_counts()
    {
        var client = await _factory.SignedInClientAsync(Role.Editor);
        var doc = await client.GetDocumentAsync("/admin");
        var counters = doc.QuerySelectorAll("ul.counts a").ToList();

        Assert.Equal(["منشورة", "مسودات", "بانتظار المراجعة", "مجدولة"], counters.Select(a => a.QuerySelector(".count-label")!.TextContent.Trim()));
        PostStatus[] statuses = [PostStatus.Published, PostStatus.Draft, PostStatus.PendingReview, PostStatus.Scheduled];
        foreach (var (counter, status) in counters.Zip(statuses))
        {
            var list = await client.GetDocumentAsync(counter.GetAttribute("href")!);
            Assert.Equal(status.ToString(), list.QuerySelector("select[name=Status] option[selected]")!.GetAttribute("value"));
            var count = await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Status == status));
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), counter.QuerySelector(".count-number")!.TextContent.Trim());
            Assert.Equal(Math.Min(count, 20), list.QuerySelectorAll("table.posts tbody tr").Length);
        }
        // The demo has published posts: the counter is not trivially zero.
        Assert.NotEqual("0", counters[0].QuerySelector(".count-number")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_quick_draft_becomes_a_draft_of_its_author_with_its_paragraphs()
    {
        var client = await _factory.SignedInClientAsync(Role.Contributor, email: "writer@example.org");
        var writerId = (await _factory.PersonAsync("writer@example.org")).Id;

        var response = await client.PostFormAsync("/admin", new Dictionary<string, string>
        {
            ["DraftTitle"] = "فكرة لمقالة عن المكتبات",
            ["DraftText"] = "الفقرة الأولى.\n\nالفقرة الثانية <b>بلا وسوم</b>.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await _factory.WithDbAsync(db => db.Posts.SingleAsync(p => p.Title == "فكرة لمقالة عن المكتبات"));
        Assert.Equal(PostStatus.Draft, post.Status);
        Assert.Equal(writerId, post.AuthorId);
        Assert.Equal("<p>الفقرة الأولى.</p><p>الفقرة الثانية &lt;b&gt;بلا وسوم&lt;/b&gt;.</p>", post.BodyHtml);
        Assert.NotEmpty(post.Slug);
        var dashboard = await client.GetDocumentAsync(response.Location());
        Assert.Contains("حُفظت المسودة «فكرة لمقالة عن المكتبات»", dashboard.QuerySelector(".flash")!.TextContent);
        var mine = dashboard.QuerySelector("section[aria-labelledby=my-drafts] li a")!;
        Assert.Equal(("فكرة لمقالة عن المكتبات", $"/admin/posts/{post.Id}"), (mine.TextContent.Trim(), mine.GetAttribute("href")));
    }

    [Fact]
    public async Task A_quick_draft_without_a_title_is_refused_with_a_message_and_nothing_is_saved()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        var before = await _factory.WithDbAsync(db => db.Posts.CountAsync());

        var response = await client.PostFormAsync("/admin", new Dictionary<string, string> { ["DraftTitle"] = " ", ["DraftText"] = "نص" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("اكتب عنوانًا للمسودة.", (await response.ReadDocumentAsync()).QuerySelector("#draft-error")!.TextContent.Trim());
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }
}
