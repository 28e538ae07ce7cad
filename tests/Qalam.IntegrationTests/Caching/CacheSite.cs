using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// A small site for cache tests, written through the app's writer and publishing: four posts a few days apart, in
/// two categories and three tags, so each change has pages that must follow it and pages that must not.
/// </summary>
public sealed class CacheSite(QalamFactory factory)
{
    public const string Sport = "sport-match";
    public const string Oldest = "oldest-report";
    public const string Middle = "middle-report";
    public const string Newest = "newest-report";

    public int AuthorId { get; private set; }
    public string AuthorSlug { get; private set; } = "";

    public async Task SeedAsync()
    {
        var author = await factory.SignInAsync(Role.Editor);
        AuthorId = author.Id;
        AuthorSlug = await factory.WithDbAsync(db => db.People.Where(p => p.Id == AuthorId).Select(p => p.Slug).SingleAsync());
        var now = TemplateDatabase.Now;
        await PublishAsync("مباراة الأسبوع", Sport, now.AddDays(-10), "sport", "football");
        await PublishAsync("التقرير الأقدم", Oldest, now.AddDays(-5), "reports", null);
        await PublishAsync("تقرير الوسط", Middle, now.AddDays(-3), "reports", "water");
        await PublishAsync("التقرير الأحدث", Newest, now.AddDays(-1), "reports", "water");
    }

    public Task PublishAsync(string title, string slug, DateTimeOffset at, string category, string? tag) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var writer = sp.GetRequiredService<PostWriter>();
        var post = new Post { Title = title, Slug = "", AuthorId = AuthorId, PublishedUtc = at };
        await writer.ApplyBodyAsync(post, $"<p>{title}: نص الخبر</p>");
        await writer.SetSlugAsync(post, slug);
        post.Categories.Add(await writer.FindOrCreateCategoryAsync(category == "sport" ? "رياضة" : "تقارير", category));
        if (tag is not null) post.Tags.Add(await writer.FindOrCreateTagAsync(tag == "water" ? "مياه" : "كرة القدم", tag));
        writer.Touch(post, AuthorId);
        await writer.SaveAsync(post, PostStatus.Published);
    });

    public Task EditAsync(string slug, Action<Post> change) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var post = await db.Posts.SingleAsync(p => p.Slug == slug);
        change(post);
        sp.GetRequiredService<PostWriter>().Touch(post, AuthorId);
        await db.SaveChangesAsync();
    });

    public Task TrashAsync(string slug) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        sp.GetRequiredService<Publishing>().Unpublish(await db.Posts.SingleAsync(p => p.Slug == slug), PostStatus.Trash);
        await db.SaveChangesAsync();
    });

    public Task WithDbAsync(Func<QalamDb, Task> change) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        await change(db);
        await db.SaveChangesAsync();
    });
}
