using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// Two instances on one database: what one writes to the index, the other finds at its next search, although it had
/// read (and, on PostgreSQL, kept) the same terms' postings just before.
/// </summary>
public sealed class SearchAcrossInstancesTests : IAsyncLifetime
{
    private readonly QalamFactory _a = new(demo: false);
    private QalamFactory _b = null!;

    public async Task InitializeAsync()
    {
        await SearchCorpus.SeedAsync(_a);
        _b = new QalamFactory(demo: false, settings: new Dictionary<string, string>
        {
            ["ConnectionStrings:Default"] = _a.PostgresConnection ?? $"Data Source={Path.Combine(_a.DataDirectory, "qalam.db")}",
        });
    }

    public Task DisposeAsync()
    {
        _b.Dispose();
        _a.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_edit_and_an_unpublishing_on_one_instance_are_found_at_once_on_the_other()
    {
        Assert.Equal(["sabha-training"], await FindAsync(_b, "سبها"));
        Assert.Contains("sabha-training", await FindAsync(_b, "التدريب"));
        Assert.Equal(["school-network"], await FindAsync(_b, "غريان"));
        Assert.Equal(["sabha-training", "teachers-guide"], (await FindAsync(_b, "المعلمين")).Order());

        await EditAsync(_a, "sabha-training", (post, _) =>
        {
            post.Title = "إطلاق برنامج للتدريب في زوارة";
            post.BodyHtml = "<p>نقل البرنامج إلى زوارة، ويشمل التدريب على البرمجة.</p>";
        });
        await EditAsync(_a, "school-network", (post, publishing) => publishing.Unpublish(post, PostStatus.Draft));

        Assert.Empty(await FindAsync(_b, "سبها"));
        Assert.Equal(["sabha-training"], await FindAsync(_b, "زوارة"));
        Assert.Contains("sabha-training", await FindAsync(_b, "التدريب"));
        Assert.Empty(await FindAsync(_b, "غريان"));
        // A word other posts still hold: its postings change without its count reaching zero.
        Assert.Equal(["teachers-guide"], await FindAsync(_b, "المعلمين"));
    }

    [Fact]
    public async Task A_post_added_on_one_instance_joins_the_results_the_other_had_read()
    {
        var before = await FindAsync(_a, "المؤسسة");
        Assert.NotEmpty(before);

        await _b.WithScopeAsync(async sp =>
        {
            var author = await sp.GetRequiredService<QalamDb>().People.FirstAsync(p => p.Slug == "salma");
            var news = await sp.GetRequiredService<QalamDb>().Categories.FirstAsync(c => c.Slug == "news");
            await SearchCorpus.AddAsync(sp, _b, new SearchCorpus.Draft("new-branch", "المؤسسة تفتح فرعا في درنة",
                "<p>افتتحت المؤسسة فرعها الجديد في درنة.</p>", DaysAgo: 0, Category: "news"), author, news);
        });

        var after = await FindAsync(_a, "المؤسسة درنة");
        Assert.Equal(["new-branch"], after);
        Assert.Contains("new-branch", await FindAsync(_a, "المؤسسة"));
    }

    private static Task<List<string>> FindAsync(QalamFactory instance, string q) => instance.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<PostSearch>().SearchAsync(new SearchRequest(q))).Hits.Select(h => h.Post.Slug).ToList());

    private static Task EditAsync(QalamFactory instance, string slug, Action<Post, Publishing> change) => instance.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var post = await db.Posts.FirstAsync(p => p.Slug == slug);
        change(post, sp.GetRequiredService<Publishing>());
        await db.SaveChangesAsync();
    });
}
