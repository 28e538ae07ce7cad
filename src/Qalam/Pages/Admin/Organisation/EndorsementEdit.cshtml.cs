using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using Qalam.Organisation;
using Qalam.Pages.Admin.Media;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>
/// Changing an endorsement that exists: its partner, date, quote and letter. The post's own title and text are edited in the
/// post editor. A save from an older version than the one stored is refused (the post's version), keeping what was typed.
/// </summary>
[RequestSizeLimit(30 * 1024 * 1024)]
public sealed class EndorsementEditModel(QalamDb db, MediaStore media, OrganisationWriter writer, IOptions<MediaOptions> limits,
    IStringLocalizer<OrganisationStrings> s, IStringLocalizer<MediaStrings> m) : AdminPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public int PartnerId { get; set; }
    [BindProperty] public DateOnly? EndorsedOn { get; set; }
    [BindProperty] public string? Quote { get; set; }
    [BindProperty] public IFormFile? Letter { get; set; }
    [BindProperty] public int Version { get; set; }
    public string Title { get; private set; } = "";
    public MediaItem? CurrentLetter { get; private set; }
    public IReadOnlyList<Partner> Partners { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var endorsement = await LoadAsync(ct);
        if (endorsement is null) return NotFound();
        (PartnerId, EndorsedOn, Quote, Version) = (endorsement.PartnerId, endorsement.EndorsedOn, endorsement.Quote, endorsement.Post.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var endorsement = await LoadAsync(ct);
        if (endorsement is null) return NotFound();
        var partner = Partners.FirstOrDefault(p => p.Id == PartnerId);
        if (partner is null || EndorsedOn is null) return Refuse(s["Required"], StatusCodes.Status400BadRequest);
        if (Version != endorsement.Post.Version) return Conflict(endorsement);

        var before = Describe(endorsement);
        if (Letter is { Length: > 0 })
        {
            try
            {
                await using var stream = Letter.OpenReadStream();
                endorsement.Letter = await media.SaveAsync(stream, Letter.FileName, endorsement.Post.Title, CurrentUserId, ct);
            }
            catch (MediaRejectedException e)
            {
                // Nothing is saved: the endorsement keeps its letter, and what was typed stays on screen.
                return Refuse(MediaFormat.Refusal(e.Reason, limits.Value, m), StatusCodes.Status400BadRequest);
            }
        }
        endorsement.PartnerId = partner.Id;
        endorsement.Partner = partner;
        endorsement.EndorsedOn = EndorsedOn.Value;
        endorsement.Quote = string.IsNullOrWhiteSpace(Quote) ? null : Quote.Trim();
        try
        {
            await writer.SaveEndorsementAsync(endorsement, Version, before, Describe(endorsement), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(ct);
            return current is null ? NotFound() : Conflict(current);
        }
        Flash = s["Saved"];
        return Redirect("/admin/organisation/endorsements");
    }

    private async Task<Endorsement?> LoadAsync(CancellationToken ct)
    {
        PageTitle = s["EditEndorsement"];
        // Tracked, so a chosen partner is the same instance the endorsement points at.
        Partners = await db.Partners.OrderBy(p => p.Name).ToListAsync(ct);
        var endorsement = await db.Endorsements.Include(e => e.Post).Include(e => e.Letter).FirstOrDefaultAsync(e => e.PostId == Id, ct);
        if (endorsement is null) return null;
        Title = endorsement.Post.Title;
        CurrentLetter = endorsement.Letter;
        return endorsement;
    }

    private static string Describe(Endorsement e) =>
        $"partner={e.Partner.Slug}; on={e.EndorsedOn:yyyy-MM-dd}; letter={e.Letter?.StoragePath ?? "-"}; quote={e.Quote?.Length ?? 0} chars";

    private PageResult Conflict(Endorsement current)
    {
        // Saving again is now a deliberate choice over the newer version.
        Version = current.Post.Version;
        return Refuse(s["EndorsementConflict"], StatusCodes.Status409Conflict);
    }

    private PageResult Refuse(string message, int status)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
