namespace Qalam.Content;

public sealed partial class PostWriter
{
    /// <summary>
    /// A body sanitised, its hashtags found and its plain text taken before it is staged. This is pure work, the largest
    /// part of a save's cost, so an import does it on the thread that reads ahead;
    /// <see cref="StageAsync(Post, PostEdit, PreparedBody?, CancellationToken)"/> applies it by the same rules as a body given as HTML.
    /// </summary>
    public sealed record PreparedBody(PostBody.Prepared Body, string Text)
    {
        public static PreparedBody Of(string? html)
        {
            var prepared = PostBody.Prepare(html);
            return new PreparedBody(prepared, PostBody.ToText(prepared.Html));
        }
    }

    /// <summary>Stores a prepared body; says whether it is stored as prepared (no library image gained a srcset), so its text still holds.</summary>
    private async Task<bool> ApplyPreparedAsync(Post post, PostBody.Prepared prepared, CancellationToken ct)
    {
        // Library images get their srcset and dimensions now, so the stored body is ready to serve to phones.
        post.BodyHtml = await media.AddSrcsetAsync(prepared.Html, ct);
        foreach (var hashtag in prepared.Hashtags)
        {
            var tag = await FindOrCreateTagAsync(PostBody.TagName(hashtag), PostBody.TagSlug(hashtag), ct);
            if (!post.Tags.Contains(tag)) post.Tags.Add(tag);
        }
        return ReferenceEquals(post.BodyHtml, prepared.Html);
    }
}
