using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Qalam.Comments;
using Qalam.Content;

namespace Qalam.Pages.Comments;

/// <summary>
/// Where the comment form posts (no JavaScript needed). Success goes back to the post (post/redirect/get);
/// a refusal is one line in the reader's language with the right status. No antiforgery token: the form sits on cached
/// pages every reader shares, and a comment carries no one's rights (it is checked, limited and moderated the same
/// whoever sends it); the host's request rules still refuse posts from other sites.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class NewModel(CommentWriter writer, CommentRateLimit limit, CommentNotice notice) : SitePageModel
{
    [BindProperty] public CommentForm Form { get; set; } = new();
    public string MessageKey { get; private set; } = "Invalid";
    public string? BackTo { get; private set; }

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = "";
        NoIndex = true;
        if (!await limit.TryAcquireAsync(HttpContext))
        {
            Response.Headers.RetryAfter = "600";
            return Refuse("TooMany", StatusCodes.Status429TooManyRequests);
        }
        var result = await writer.AddFromReaderAsync(Form, ct);
        if (result.Post is { } post) BackTo = Urls.Post(post.Slug);
        return result.Outcome switch
        {
            CommentOutcome.NotFound => Refuse("NotFound", StatusCodes.Status404NotFound),
            CommentOutcome.Closed => Refuse("Closed", StatusCodes.Status403Forbidden),
            CommentOutcome.Invalid => Refuse("Invalid", StatusCodes.Status400BadRequest),
            _ => Saved(result),
        };
    }

    private RedirectResult Saved(CommentWriter.Result result)
    {
        if (result.Comment is { } comment) notice.SendAfterResponse(HttpContext, result.Post!, comment);
        return Redirect(BackTo + (result.Outcome == CommentOutcome.Published ? "?comment=published" : "?comment=held") + "#comments");
    }

    private PageResult Refuse(string key, int status)
    {
        MessageKey = key;
        Response.StatusCode = status;
        return Page();
    }
}
