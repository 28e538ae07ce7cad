using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Posts;

/// <summary>Any post as readers would see it, whatever its status, for the people who may open it.</summary>
public sealed class PreviewModel(QalamDb db, ContentQueries content, SiteContext site, IStringLocalizer<EditorialStrings> t) : AdminPageModel
{
    public PostView View { get; private set; } = null!;
    public PostStatus Status { get; private set; }
    /// <summary>What the banner says about readers: a published post is already seen this way, a draft not yet.</summary>
    public string Banner { get; private set; } = "";
    /// <summary>The public address, when readers can open the post now.</summary>
    public string? PublicUrl { get; private set; }
    public SiteContext Site => site;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var owner = await db.Posts.AsNoTracking().Where(p => p.Id == id).FirstOrDefaultAsync(ct);
        // Someone else's post the person may not open answers as if it did not exist.
        if (owner is null || !PostRights.CanSee(User, owner.AuthorId)) return NotFound();
        await site.GetSettingsAsync(ct);
        View = (await content.FindForPreviewAsync(id, ct))!;
        Status = owner.Status;
        var isPublic = ContentQueries.IsPublicAt(owner, site.Now);
        PublicUrl = isPublic ? Urls.Post(View.Post, HttpContext.RequestServices.GetRequiredService<Localization.Languages>()) : null;
        Banner = isPublic ? t["PreviewBannerPublic"]
            : Status switch
            {
                PostStatus.Scheduled when owner.PublishedUtc is { } at => string.Format(t["PreviewBannerScheduled"], site.FormatDateTime(at, UiLanguage)),
                PostStatus.Trash => t["PreviewBannerTrash"],
                PostStatus.Private => t["PreviewBannerPrivate"],
                _ => string.Format(t["PreviewBanner"], t["Status" + Status]),
            };
        PageTitle = $"{t["Preview"]}: {View.Post.Title}";
        return Page();
    }
}
