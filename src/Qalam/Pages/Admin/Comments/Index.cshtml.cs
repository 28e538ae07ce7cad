using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Comments;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Comments;

/// <summary>
/// The moderation queue. As in WordPress, editors moderate every comment and authors those on their own posts;
/// every action checks that again on the server, and is audited.
/// </summary>
public sealed class IndexModel(QalamDb db, CommentWriter writer, IStringLocalizer<CommentStrings> c) : AdminPageModel
{
    public const int PageSize = 20;
    public sealed record Row(int Id, string AuthorName, string? AuthorEmail, string BodyHtml, DateTimeOffset CreatedUtc, string PostTitle, string PostSlug);

    public CommentStatus Status { get; private set; }
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();

    public async Task OnGetAsync(CommentStatus status = CommentStatus.Pending, int page = 1, CancellationToken ct = default)
    {
        PageTitle = c["AdminHeading"];
        Status = Enum.IsDefined(status) ? status : CommentStatus.Pending;
        PageNumber = page is > 0 and < 100_000 ? page : 1;
        Counts = await Moderated().GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = await Moderated().Where(x => x.Status == Status).OrderByDescending(x => x.CreatedUtc).ThenByDescending(x => x.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Join(db.Posts, x => x.PostId, p => p.Id, (x, p) => new Row(x.Id, x.AuthorName, x.AuthorEmail, x.BodyHtml, x.CreatedUtc, p.Title, p.Slug))
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnPostActAsync(int id, string act, CancellationToken ct)
    {
        var comment = await Moderated().AsTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (comment is null) return NotFound();
        var back = comment.Status;
        if (!await writer.ModerateAsync(comment, act, ct)) return BadRequest();
        Flash = c["Done"];
        return RedirectToPage(new { status = back });
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, string? text, CancellationToken ct)
    {
        var parent = await Moderated().AsTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (parent is null) return NotFound();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > CommentText.MaxLength)
        {
            Flash = c["ReplyInvalid"];
            return RedirectToPage(new { status = parent.Status });
        }
        var me = await db.People.AsNoTracking().FirstAsync(p => p.Id == CurrentUserId, ct);
        var back = parent.Status;
        await writer.ReplyAsync(parent, me, text, ct);
        Flash = c["Done"];
        return RedirectToPage(new { status = back });
    }

    /// <summary>Comments this person may moderate: all for editors and up, otherwise those on their own posts.</summary>
    private IQueryable<Comment> Moderated()
    {
        var all = db.Comments.AsNoTracking();
        if (Can(Role.Editor)) return all;
        var me = CurrentUserId ?? -1;
        return all.Where(x => db.Posts.Any(p => p.Id == x.PostId && p.AuthorId == me));
    }
}
