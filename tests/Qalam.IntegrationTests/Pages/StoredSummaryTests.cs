using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Teasers and reading times are made when a post is saved, shown from what was stored, and made once for older posts.</summary>
public sealed class StoredSummaryTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static string Body(int words) => "<p>" + string.Join(' ', Enumerable.Repeat("كلمة", words)) + "</p>";

    private Task<int> SaveAsync(string title, string body, string? excerpt = null) => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var author = await db.People.FirstAsync();
        var post = new Post { Title = title, Slug = "", AuthorId = author.Id, Excerpt = excerpt, PublishedUtc = TemplateDatabase.Now.AddHours(-1) };
        await sp.GetRequiredService<PostWriter>().SaveAsync(post, PostStatus.Published, new PostEdit(body, author.Id));
        return post.Id;
    });

    [Fact]
    public async Task A_saved_post_shows_its_reading_time_and_lists_the_opening_of_its_text()
    {
        await SaveAsync("مقال طويل", "<h2>مقدمة المقال</h2>" + Body(650));
        var reader = _factory.CreateBrowserlessClient();

        var post = await reader.GetDocumentAsync("/مقال-طويل");
        Assert.Equal("· قراءة في 4 دقائق", post.QuerySelector("article.post .reading")!.TextContent.Trim());
        var home = await reader.GetDocumentAsync("/");
        Assert.StartsWith("مقدمة المقال كلمة كلمة", home.QuerySelector(".excerpt")!.TextContent);
    }

    [Fact]
    public async Task Arabic_counts_one_two_few_and_many_minutes_each_in_its_own_words()
    {
        await SaveAsync("قصير", Body(20));
        await SaveAsync("متوسط", Body(390));
        await SaveAsync("طويل جدا", Body(2300));
        var reader = _factory.CreateBrowserlessClient();

        Assert.Equal("· قراءة في دقيقة", (await reader.GetDocumentAsync("/قصير")).QuerySelector(".reading")!.TextContent.Trim());
        Assert.Equal("· قراءة في دقيقتين", (await reader.GetDocumentAsync("/متوسط")).QuerySelector(".reading")!.TextContent.Trim());
        Assert.Equal("· قراءة في 12 دقيقة", (await reader.GetDocumentAsync("/طويل-جدا")).QuerySelector(".reading")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_saved_before_teasers_were_stored_gets_one_at_the_next_start()
    {
        var id = await SaveAsync("خبر قديم", "<p>نص الخبر القديم كما كتب.</p>");
        await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Teaser, "").SetProperty(p => p.ReadingMinutes, 0)));

        using var restarted = new SecondInstance(_factory.DataDirectory, new FakeTimeProvider(TemplateDatabase.Now));
        var home = await restarted.CreateClient().GetStringAsync("/");

        Assert.Contains("نص الخبر القديم كما كتب.", WebUtility.HtmlDecode(home));
        var stored = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => new { p.Teaser, p.ReadingMinutes }).SingleAsync());
        Assert.Equal(("نص الخبر القديم كما كتب.", 1), (stored.Teaser, stored.ReadingMinutes));
    }
}
