using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin;

public sealed class DashboardModel(QalamDb db) : AdminPageModel
{
    public int Published { get; private set; }
    public int Drafts { get; private set; }
    public int Pending { get; private set; }
    public int Scheduled { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = "";
        var counts = await db.Posts.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(PostStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        Published = Of(PostStatus.Published);
        Drafts = Of(PostStatus.Draft);
        Pending = Of(PostStatus.PendingReview);
        Scheduled = Of(PostStatus.Scheduled);
    }
}
