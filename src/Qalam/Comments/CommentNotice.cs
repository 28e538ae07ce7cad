using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.Comments;

/// <summary>Tells a post's author by mail that a comment came in, after the reader has had the response.</summary>
public sealed class CommentNotice(Mailer mailer, IStringLocalizer<CommentStrings> c, ILogger<CommentNotice> log)
{
    public void SendAfterResponse(HttpContext http, Post post, Comment comment)
    {
        if (!mailer.Enabled || string.IsNullOrEmpty(post.Author.Email) || post.Author.Email == comment.AuthorEmail) return;
        var subject = string.Format(c["NewCommentSubject"], post.Title);
        var body = string.Format(c["NewCommentBody"], comment.AuthorName, post.Title, CommentText.ToPlainText(comment.BodyHtml),
            $"{http.Request.Scheme}://{http.Request.Host}/admin/comments");
        var to = post.Author.Email;
        // The reader never waits on SMTP; a failed mail is logged by the mailer and the comment stays.
        http.Response.OnCompleted(async () =>
        {
            try { await mailer.TrySendAsync(to, subject, body); }
            catch (Exception e) { log.LogWarning(e, "Comment notice to the post's author failed"); }
        });
    }
}
