using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>"Related" under a post: the public posts sharing most of its tags, newest first among equals.</summary>
public sealed class RelatedPostsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private Task PostAsync(string slug, int daysAgo, string[] tags, PostStatus status = PostStatus.Published, PostKind kind = PostKind.News) =>
        _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var author = await db.People.FirstAsync();
            var post = new Post { Title = "خبر " + slug, Slug = "", Kind = kind, AuthorId = author.Id, PublishedUtc = TemplateDatabase.Now.AddDays(-daysAgo) };
            foreach (var tag in tags) post.Tags.Add(await writer.FindOrCreateTagAsync(tag, tag));
            await writer.SaveAsync(post, status, new PostEdit("<p>نص.</p>", author.Id) { Slug = slug });
        });

    [Fact]
    public async Task Posts_sharing_more_tags_come_first_then_the_newest_and_nothing_unpublished()
    {
        await PostAsync("subject", 1, ["water", "schools", "gharyan"]);
        await PostAsync("one-old", 9, ["water"]);
        await PostAsync("one-new", 2, ["schools"]);
        await PostAsync("two", 8, ["water", "gharyan"]);
        await PostAsync("three-draft", 3, ["water", "schools", "gharyan"], PostStatus.Draft);
        await PostAsync("three-page", 3, ["water", "schools", "gharyan"], kind: PostKind.Page);
        await PostAsync("unrelated", 1, ["sport"]);

        var doc = await _factory.CreateBrowserlessClient().GetDocumentAsync("/subject");

        var related = doc.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/two", "/one-new", "/one-old"], related);
    }
}
