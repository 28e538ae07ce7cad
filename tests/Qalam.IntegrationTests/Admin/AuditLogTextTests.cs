using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Admin;

/// <summary>The audit log reads as sentences in the interface's language, the person and the object linked; no stored keys in sight.</summary>
public sealed class AuditLogTextTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    /// <summary>Salma publishes one of her posts; returns her id and the post's.</summary>
    private Task<(int Salma, int Post, string Title)> SalmaPublishesAsync(string action = "post-published") => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var salma = await db.People.SingleAsync(p => p.Slug == "salma");
        var post = await db.Posts.Where(p => p.AuthorId == salma.Id && p.Kind == PostKind.News).OrderBy(p => p.Id).FirstAsync();
        sp.GetRequiredService<AuditLog>().Record(action, $"post:{post.Id}", post.Title, actorId: salma.Id, actorName: salma.Email);
        await db.SaveChangesAsync();
        return (salma.Id, post.Id, post.Title);
    });

    private static IElement Newest(IDocument doc, string action) =>
        doc.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("dl > div:first-child code")!.TextContent == action).QuerySelector(".sentence")!;

    private static async Task<HttpClient> InEnglishAsync(HttpClient client)
    {
        await client.PostFormAsync("/admin", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/admin" }, formSelector: "form[action='/admin/language']");
        return client;
    }

    [Fact]
    public async Task A_publication_reads_as_a_sentence_in_arabic_with_the_person_and_the_post_linked()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var (salma, post, title) = await SalmaPublishesAsync();

        var sentence = Newest(await admin.GetDocumentAsync("/admin/audit"), "post-published");

        Assert.Equal($"سلمى الورفلي: نشر المقالة «{title}»", sentence.TextContent.Trim());
        Assert.Equal([$"/admin/people/{salma}", $"/admin/posts/{post}"], sentence.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["سلمى الورفلي", $"«{title}»"], sentence.QuerySelectorAll("a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task The_same_entry_reads_in_english_with_english_quotes_and_an_english_date()
    {
        var admin = await InEnglishAsync(await _factory.SignedInClientAsync(Role.Administrator));
        var (_, _, title) = await SalmaPublishesAsync();

        var doc = await admin.GetDocumentAsync("/admin/audit");
        var row = Newest(doc, "post-published").ParentElement!;

        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"سلمى الورفلي published the post “{title}”", row.QuerySelector(".sentence")!.TextContent.Trim());
        Assert.Equal("20 November 2026, 12:00", row.QuerySelector("td time")!.TextContent.Trim());
        Assert.DoesNotContain("،", row.QuerySelector("td time")!.TextContent);
    }

    [Fact]
    public async Task No_stored_key_or_subject_shows_outside_the_technical_details()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await SalmaPublishesAsync();
        await SalmaPublishesAsync("post-frobnicated");

        var doc = await admin.GetDocumentAsync("/admin/audit");
        foreach (var details in doc.QuerySelectorAll("tbody details").ToList()) details.Remove();
        var visible = doc.QuerySelector("tbody")!.TextContent;

        Assert.DoesNotMatch(@"post-|sign-in|person:\d|post:\d", visible);
        // An action the log has no words for still reads as a sentence about its object.
        Assert.StartsWith("سلمى الورفلي: إجراء آخر على المقالة «", Newest(await admin.GetDocumentAsync("/admin/audit"), "post-frobnicated").TextContent.Trim());
    }

    [Fact]
    public async Task The_log_filters_by_kind_of_action_and_by_dates_from_the_query_string()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await SalmaPublishesAsync();

        var content = await admin.GetDocumentAsync("/admin/audit?kind=content");
        var signIns = await admin.GetDocumentAsync("/admin/audit?kind=sign-in");
        var today = await admin.GetDocumentAsync("/admin/audit?kind=content&from=2026-11-20&to=2026-11-20");
        var before = await admin.GetDocumentAsync("/admin/audit?kind=content&to=2026-11-19");

        Assert.All(content.Texts("tbody tr dl > div:first-child code"), a => Assert.StartsWith("post-", a));
        Assert.Contains("post-published", content.Texts("tbody tr dl > div:first-child code"));
        Assert.Equal(["sign-in"], signIns.Texts("tbody tr dl > div:first-child code").Distinct());
        Assert.Contains("post-published", today.Texts("tbody tr dl > div:first-child code"));
        Assert.Empty(before.QuerySelectorAll("tbody tr"));
        Assert.Equal("2026-11-20", today.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("content", today.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
    }
}
