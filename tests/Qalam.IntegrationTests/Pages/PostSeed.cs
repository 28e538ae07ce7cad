using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>A post for one test, written the way the admin writes one: PostWriter for body and slug, Publishing for the status.</summary>
public sealed record NewPost(string Title, string Body)
{
    public PostStatus Status { get; init; } = PostStatus.Published;
    public DateTimeOffset? PublishedUtc { get; init; }
    public string? AuthorSlug { get; init; } = "salma";
    public string? Slug { get; init; }
    public string Language { get; init; } = "ar";
    public string? Excerpt { get; init; }
    public string? CategorySlug { get; init; } = "news";
    public string[] Tags { get; init; } = [];
}

public static class PostSeed
{
    /// <summary>Saves the post through the app's services and returns its id and slug.</summary>
    public static async Task<(int Id, string Slug)> AddPostAsync(this QalamFactory factory, NewPost p)
    {
        (int, string) result = default;
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var writer = sp.GetRequiredService<PostWriter>();
            var author = p.AuthorSlug is null ? await db.People.OrderBy(x => x.Id).FirstAsync() : await db.People.FirstAsync(x => x.Slug == p.AuthorSlug);
            var post = new Post { Title = p.Title, Slug = "", Author = author, Language = p.Language, Excerpt = p.Excerpt, PublishedUtc = p.PublishedUtc };
            if (p.CategorySlug is not null && await db.Categories.FirstOrDefaultAsync(c => c.Slug == p.CategorySlug) is { } category) post.Categories.Add(category);
            foreach (var tag in p.Tags) post.Tags.Add(await writer.FindOrCreateTagAsync(tag, Slug.FromText(tag)));
            await writer.ApplyBodyAsync(post, p.Body);
            await writer.SetSlugAsync(post, p.Slug);
            writer.Touch(post, author.Id);
            await writer.SaveAsync(post, p.Status == PostStatus.Scheduled ? PostStatus.Published : p.Status);
            result = (post.Id, post.Slug);
        });
        return result;
    }

    /// <summary>Changes the site's settings as the settings screen would: load the row, change it, save.</summary>
    public static Task ChangeSettingsAsync(this QalamFactory factory, Action<SiteSettings> change) =>
        factory.WithDbAsync(async db =>
        {
            var settings = await db.Settings.FirstAsync(s => s.Id == 1);
            change(settings);
            settings.Version++;
            return await db.SaveChangesAsync();
        });

    /// <summary>Renames a post's slug through PostWriter (which keeps the old one as a redirect).</summary>
    public static Task RenameAsync(this QalamFactory factory, int postId, string newSlug) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.FirstAsync(x => x.Id == postId);
            await sp.GetRequiredService<PostWriter>().SetSlugAsync(post, newSlug);
            await db.SaveChangesAsync();
        });
}
