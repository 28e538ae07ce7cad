using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.Pages.Admin.Media;

/// <summary>/admin/media/{id}: a library item's details, its alt text and title, and deleting it. Authors edit their own uploads; editors and up, all.</summary>
public sealed class EditModel(QalamDb db, MediaStore store, SiteContext site, IStringLocalizer<MediaStrings> s) : AdminPageModel
{
    [BindProperty] public string? AltText { get; set; }
    [BindProperty] public string? Title { get; set; }

    public MediaItem Item { get; private set; } = null!;
    public string? AltError { get; private set; }
    public string? DeleteError { get; private set; }
    public string UploadedOn { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        AltText = Item.AltText;
        Title = Item.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (Item.ContentType.StartsWith("image/", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(AltText))
        {
            AltError = s["AltRequired"];
            return BadRequestPage();
        }
        await store.UpdateAsync(Item, AltText, Title, ct);
        Flash = s["Saved"];
        return RedirectToPage("/Admin/Media/Edit", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        DeleteError = await FindUseAsync(ct);
        if (DeleteError is not null)
        {
            AltText = Item.AltText;
            Title = Item.Title;
            return BadRequestPage();
        }
        await store.DeleteAsync(Item, ct);
        Flash = string.Format(System.Globalization.CultureInfo.CurrentCulture, s["Deleted"], Item.Title ?? Item.FileName);
        return RedirectToPage("/Admin/Media/Index");
    }

    /// <summary>Why the item cannot be deleted (a post or an organisation page uses it), or null when nothing does.</summary>
    private async Task<string?> FindUseAsync(CancellationToken ct)
    {
        var id = Item.Id;
        var featured = await db.Posts.Where(p => p.FeaturedMediaId == id).OrderBy(p => p.Id).Select(p => p.Title).Take(5).ToListAsync(ct);
        if (featured.Count > 0) return string.Format(System.Globalization.CultureInfo.CurrentCulture, s["InUseFeatured"], Localization.ListText.Quoted(featured));
        var raw = "/media/" + Item.StoragePath;
        var encoded = Urls.Media(Item.StoragePath);
        var inBody = await db.Posts.Where(p => p.BodyHtml.Contains(raw) || p.BodyHtml.Contains(encoded)).OrderBy(p => p.Id).Select(p => p.Title).Take(5).ToListAsync(ct);
        if (inBody.Count > 0) return string.Format(System.Globalization.CultureInfo.CurrentCulture, s["InUseBody"], Localization.ListText.Quoted(inBody));
        var organisation = await db.Partners.AnyAsync(p => p.LogoMediaId == id, ct)
            || await db.Endorsements.AnyAsync(e => e.LetterMediaId == id, ct)
            || await db.TransparencyDocuments.AnyAsync(d => d.MediaId == id, ct);
        return organisation ? s["InUseOrganisation"].Value : null;
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (item is null) return NotFound();
        if (!Can(Role.Editor) && item.UploadedById != CurrentUserId) return Forbid();
        Item = item;
        PageTitle = s["EditHeading"];
        await site.GetSettingsAsync(ct);
        UploadedOn = site.FormatDate(item.CreatedUtc, UiLanguage);
        return null;
    }

    private PageResult BadRequestPage()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public ResponsiveImage? Image => Item.ContentType.StartsWith("image/", StringComparison.Ordinal)
        ? new ResponsiveImage(Item.StoragePath, Item.ContentType, Item.Width, Item.Height, Item.VariantWidths, Item.AltText)
        : null;
}
