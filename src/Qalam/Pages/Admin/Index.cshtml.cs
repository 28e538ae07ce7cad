using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Pages.Admin.Audit;

namespace Qalam.Pages.Admin;

/// <summary>
/// Where each person starts: what they can write next, their drafts, what waits for them, and what happened lately.
/// Counters and lists read only the posts the post list would show this person (<see cref="PostRights.ListedFor"/>).
/// </summary>
public sealed class DashboardModel(QalamDb db, PostWriter writer, SiteContext site, AuditText audit, IStringLocalizer<AdminStrings> a) : AdminPageModel
{
    public const int ListSize = 5;

    public sealed record Counter(string LabelKey, int Count, string Href);
    public sealed record PostLine(int Id, string Title, string AuthorName, DateTimeOffset At);

    public IReadOnlyList<Counter> Counters { get; private set; } = [];
    public IReadOnlyList<PostLine> MyDrafts { get; private set; } = [];
    /// <summary>Null for those who do not review others' posts.</summary>
    public IReadOnlyList<PostLine>? Pending { get; private set; }
    public IReadOnlyList<PostLine> Scheduled { get; private set; } = [];
    public IReadOnlyList<AuditText.Line> Activity { get; private set; } = [];
    /// <summary>Whether the activity is everyone's (the audit log's readers) or the person's own.</summary>
    public bool ActivityOfEveryone => Can(Role.Administrator);
    public bool CanWriteStatements => PostRights.CanUseKind(User, PostKind.Statement);
    public SiteContext Site => site;
    /// <summary>Backups, disk and failed jobs: for administrators only.</summary>
    public Backups.SiteHealth.View? Health { get; private set; }

    [BindProperty] public string? DraftTitle { get; set; }
    [BindProperty] public string? DraftText { get; set; }
    public string? DraftError { get; private set; }

    public async Task OnGetAsync([FromServices] Backups.SiteHealth health, CancellationToken ct)
    {
        if (Can(Role.Administrator)) Health = health.Read();
        await LoadAsync(ct);
    }

    /// <summary>A quick draft: a title and plain text become a draft through the same writer as the editor.</summary>
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(DraftTitle))
        {
            DraftError = a["DraftTitleRequired"];
            await LoadAsync(ct);
            return Page();
        }
        var post = new Post { Title = DraftTitle.Trim(), Slug = "", AuthorId = CurrentUserId!.Value };
        await writer.SaveAsync(post, PostStatus.Draft, new PostEdit(Paragraphs(DraftText), CurrentUserId) { Slug = "" }, ct);
        Flash = string.Format(a["DraftSaved"], post.Title);
        return Redirect("/admin");
    }

    /// <summary>Blank lines part paragraphs, single line breaks stay; the writer sanitises whatever this makes.</summary>
    private static string Paragraphs(string? text) => string.Concat(
        (text ?? "").Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p).Replace("\n", "<br>") + "</p>"));

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = a["DashboardHeading"];
        await site.GetSettingsAsync(ct);
        var me = CurrentUserId ?? 0;
        var visible = db.Posts.AsNoTracking().Where(PostRights.ListedFor(User));
        var counts = await visible.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Counter Of(string label, PostStatus s) => new(label, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0, $"/admin/posts?Status={s}");
        Counters =
        [
            Of("PublishedCount", PostStatus.Published), Of("DraftCount", PostStatus.Draft),
            Of("PendingCount", PostStatus.PendingReview), Of("ScheduledCount", PostStatus.Scheduled),
        ];
        MyDrafts = await Lines(visible.Where(p => p.AuthorId == me && p.Status == PostStatus.Draft).OrderByDescending(p => p.UpdatedUtc), ct);
        if (Can(Role.Editor))
        {
            Pending = await Lines(visible.Where(p => p.Status == PostStatus.PendingReview).OrderBy(p => p.UpdatedUtc), ct);
        }
        // Soonest first, with the time each goes out.
        Scheduled = await visible.Where(p => p.Status == PostStatus.Scheduled).OrderBy(p => p.PublishedUtc).Take(ListSize)
            .Select(p => new PostLine(p.Id, p.Title, p.Author.DisplayName, p.PublishedUtc ?? p.UpdatedUtc)).ToListAsync(ct);
        var log = db.Audit.AsNoTracking().Where(e => e.Action != "audit-viewed");
        if (!ActivityOfEveryone) log = log.Where(e => e.ActorId == me);
        Activity = await audit.DescribeAsync(await log.OrderByDescending(e => e.Id).Take(8).ToListAsync(ct), linkPeople: ActivityOfEveryone, ct);
    }

    private static Task<List<PostLine>> Lines(IQueryable<Post> posts, CancellationToken ct) =>
        posts.Take(ListSize).Select(p => new PostLine(p.Id, p.Title, p.Author.DisplayName, p.UpdatedUtc)).ToListAsync(ct);
}
