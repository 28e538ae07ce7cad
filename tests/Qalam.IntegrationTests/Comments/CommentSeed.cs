using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Comments;

/// <summary>Comments as the WordPress importer leaves them: a row with its moderation state and parent.</summary>
public static class CommentSeed
{
    public static Task<int> AddCommentAsync(this QalamFactory factory, int postId, string name, string bodyHtml,
        CommentStatus status = CommentStatus.Approved, int? parentId = null, string email = "reader@example.org") =>
        factory.WithDbAsync(async db =>
        {
            var comment = new Comment
            {
                PostId = postId, ParentId = parentId, AuthorName = name, AuthorEmail = email, BodyHtml = bodyHtml, Status = status,
                CreatedUtc = factory.Clock.GetUtcNow().AddMinutes(-60 + db.Comments.Count()),
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
}
