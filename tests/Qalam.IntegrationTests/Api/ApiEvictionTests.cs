using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Caching;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Api;

/// <summary>API answers are kept in the page cache and leave it when the writer changes what they show.</summary>
public sealed class ApiEvictionTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly CacheSite _site;
    private CachedReader _cached = null!;

    public ApiEvictionTests() => _site = new CacheSite(_factory);

    public async Task InitializeAsync()
    {
        _cached = new CachedReader(_factory.CreateBrowserlessClient());
        await _site.SeedAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_post_published_through_the_writer_appears_in_cached_lists_at_once()
    {
        var lists = new[] { "/api/v1/posts", "/api/v1/posts?category=reports", "/api/v1/posts?tag=water", "/wp-json/wp/v2/posts" };
        await _cached.WarmAsync([.. lists, "/api/v1/tags", "/api/v1/posts/slug/" + CacheSite.Sport]);
        Assert.Equal(2, WaterCount(await _cached.Client.GetStringAsync("/api/v1/tags")));

        await _site.PublishAsync("تقرير جديد عن المياه", "fresh-report", TemplateDatabase.Now.AddHours(-1), "reports", "water");

        foreach (var list in lists) Assert.Contains("fresh-report", await _cached.FreshAsync(list));
        Assert.Equal(3, WaterCount(await _cached.FreshAsync("/api/v1/tags")));
        await _cached.AssertStillCachedAsync("/api/v1/posts/slug/" + CacheSite.Sport);
    }

    private static int WaterCount(string tags) =>
        (int)System.Text.Json.Nodes.JsonNode.Parse(tags)!.AsArray().Single(t => (string)t!["slug"]! == "water")!["count"]!;

    [Fact]
    public async Task A_post_taken_back_to_draft_leaves_its_cached_answer_and_lists()
    {
        var path = "/api/v1/posts/slug/" + CacheSite.Newest;
        await _cached.WarmAsync([path, "/api/v1/posts", "/api/v1/posts?tag=water"]);

        await _factory.WithScopeAsync(async sp =>
        {
            var post = await sp.GetRequiredService<QalamDb>().Posts.SingleAsync(p => p.Slug == CacheSite.Newest);
            await sp.GetRequiredService<PostWriter>().MoveAsync([post], PostStatus.Draft);
        });

        Assert.Equal(HttpStatusCode.NotFound, (await _cached.Client.GetAsync(path)).StatusCode);
        Assert.DoesNotContain(CacheSite.Newest, await _cached.FreshAsync("/api/v1/posts"));
        Assert.DoesNotContain(CacheSite.Newest, await _cached.FreshAsync("/api/v1/posts?tag=water"));
    }

    [Fact]
    public async Task A_title_edited_in_place_reaches_the_cached_post()
    {
        var path = "/api/v1/posts/slug/" + CacheSite.Middle;
        await _cached.WarmAsync([path, "/api/v1/posts/slug/" + CacheSite.Sport]);

        await _site.EditAsync(CacheSite.Middle, p => p.Title = "تقرير الوسط بعد التصحيح");

        Assert.Contains("تقرير الوسط بعد التصحيح", await _cached.FreshAsync(path));
        await _cached.AssertStillCachedAsync("/api/v1/posts/slug/" + CacheSite.Sport);
    }
}
