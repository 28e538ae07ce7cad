using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>Only what the public may read is ever found, and the index follows every change at once (same transaction).</summary>
public sealed class SearchVisibilityTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await SearchCorpus.SeedAsync(_factory);
        _client = _factory.CreateBrowserlessClient();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Drafts_and_private_posts_are_never_found_even_by_signed_in_staff()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        foreach (var client in new[] { _client, admin })
        {
            var doc = await client.SearchAsync("ميزانية");
            Assert.Empty(doc.ResultSlugs());
            Assert.Equal("عدد النتائج: 0", doc.Count());
            Assert.DoesNotContain("سرية", doc.Body!.TextContent);
        }
    }

    [Fact]
    public async Task Unpublishing_removes_a_post_from_results_at_once()
    {
        Assert.Equal(["sabha-training"], (await _client.SearchAsync("سبها")).ResultSlugs());
        await ChangeAsync("sabha-training", (post, publishing) => publishing.Unpublish(post, PostStatus.Draft));
        Assert.Empty((await _client.SearchAsync("سبها")).ResultSlugs());
    }

    [Fact]
    public async Task Trashing_removes_a_post_and_publishing_again_brings_it_back()
    {
        await ChangeAsync("school-network", (post, publishing) => publishing.Unpublish(post, PostStatus.Trash));
        Assert.Empty((await _client.SearchAsync("غريان")).ResultSlugs());
        await ChangeAsync("school-network", (post, publishing) => publishing.PublishAsync(post).GetAwaiter().GetResult());
        Assert.Equal(["school-network"], (await _client.SearchAsync("غريان")).ResultSlugs());
    }

    [Fact]
    public async Task Publishing_a_draft_makes_it_findable_at_once()
    {
        Assert.Empty((await _client.SearchAsync("ميزانية سرية")).ResultSlugs());
        await ChangeAsync("secret-draft", (post, publishing) => publishing.PublishAsync(post).GetAwaiter().GetResult());
        Assert.Equal(["secret-draft"], (await _client.SearchAsync("ميزانية سرية")).ResultSlugs());
    }

    [Fact]
    public async Task A_scheduled_post_is_found_once_it_is_due()
    {
        Assert.Empty((await _client.SearchAsync("الابتكار")).ResultSlugs());
        _factory.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(["scheduled-award"], (await _client.SearchAsync("الابتكار")).ResultSlugs());
    }

    [Fact]
    public async Task A_due_scheduled_statement_stays_out_of_results_until_it_has_its_number()
    {
        // Read as of two days on, before the publisher's round has numbered the statement; a due news post is the control.
        var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_factory.Clock.GetUtcNow().AddDays(2));
        var found = await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var author = await db.People.FirstAsync();
            var news = await sp.GetRequiredService<PostWriter>().FindOrCreateCategoryAsync("أخبار", "news");
            var statement = await SearchCorpus.AddAsync(sp, _factory, new SearchCorpus.Draft("field-statement", "بيان بشأن تعليق الأنشطة الميدانية",
                "<p>تعلن المؤسسة تعليق الأنشطة الميدانية.</p>", Kind: PostKind.Statement, Status: PostStatus.Scheduled, DaysAgo: -1), author, news);
            var post = await SearchCorpus.AddAsync(sp, _factory, new SearchCorpus.Draft("field-news", "عودة الأنشطة الميدانية",
                "<p>عادت الأنشطة الميدانية.</p>", Status: PostStatus.Scheduled, DaysAgo: -1), author, news);
            var ranked = await new Qalam.Search.PostSearch(db, sp.GetRequiredService<Qalam.Search.ISearchStore>(), sp.GetRequiredService<Qalam.Search.SearchRanker>(),
                new ContentQueries(db, later), new SiteContext(db, new SiteCache(), later, sp.GetRequiredService<Qalam.Localization.Languages>()), later,
                sp.GetRequiredService<Qalam.Search.ReaderQueries>()).SearchAsync(new Qalam.Search.SearchRequest("الميدانية"));
            return (Ids: ranked.Hits.Select(h => h.Post.Id).ToList(), statement, post);
        });
        Assert.Equal([found.post], found.Ids);
    }

    [Fact]
    public async Task Editing_a_title_or_tags_is_searchable_at_once()
    {
        await ChangeAsync("responsibility", (post, _) => post.Title = "ميثاق شرف للصحفيين");
        Assert.Equal(["responsibility"], (await _client.SearchAsync("ميثاق")).ResultSlugs());
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.Include(p => p.Tags).FirstAsync(p => p.Slug == "open-source");
            post.Tags.Add(await sp.GetRequiredService<PostWriter>().FindOrCreateTagAsync("الصحافة المستقلة", "independent-press"));
            await db.SaveChangesAsync();
        });
        Assert.Equal(["en/open-source"], (await _client.SearchAsync("الصحافة المستقلة")).ResultSlugs()); // at its English address
    }

    [Fact]
    public async Task Deleting_a_post_removes_it_from_the_index()
    {
        var id = await SearchCorpus.IdOfAsync(_factory, "report-2025");
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            db.Posts.Remove(await db.Posts.FirstAsync(p => p.Id == id));
            await db.SaveChangesAsync();
        });
        Assert.Empty((await _client.SearchAsync("2025")).ResultSlugs());
        var indexed = await _factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"SearchDocuments\" WHERE \"PostId\" = {id}").SingleAsync());
        Assert.Equal(0, indexed);
    }

    [Fact]
    public async Task A_failed_save_leaves_the_index_as_it_was()
    {
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => ChangeAsync("annual-meeting", (post, _) =>
        {
            post.Title = "عنوان لن يحفظ أبدا";
            post.AuthorId = 999_999; // no such person: the foreign key fails the whole save
        }));
        Assert.Empty((await _client.SearchAsync("أبدا")).ResultSlugs());
        Assert.Equal(["annual-meeting"], (await _client.SearchAsync("الاجتماع")).ResultSlugs());
    }

    private Task ChangeAsync(string slug, Action<Post, Publishing> change) => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var post = await db.Posts.FirstAsync(p => p.Slug == slug);
        change(post, sp.GetRequiredService<Publishing>());
        await db.SaveChangesAsync();
    });
}
