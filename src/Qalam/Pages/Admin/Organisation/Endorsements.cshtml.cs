using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>Publishing an endorsement: a post of kind Endorsement in the news stream, with its partner, date, quote and letter.</summary>
[RequestSizeLimit(30 * 1024 * 1024)]
public sealed class EndorsementsAdminModel(QalamDb db, PostWriter writer, MediaStore media, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    public sealed record Row(int PostId, string Title, string Partner, DateOnly On);

    [BindProperty] public int PartnerId { get; set; }
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public DateOnly? EndorsedOn { get; set; }
    [BindProperty] public string? Quote { get; set; }
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public IFormFile? Letter { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Partner> Partners { get; private set; } = [];
    public string? Error { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["EndorsementsHeading"];
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Rows = await db.Endorsements.AsNoTracking().OrderByDescending(e => e.EndorsedOn)
            .Select(e => new Row(e.PostId, e.Post.Title, e.Partner.Name, e.EndorsedOn)).ToListAsync(ct);
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == PartnerId, ct);
        if (partner is null || string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(Body) || EndorsedOn is null) return Refuse(s["Required"]);
        var post = new Post { Title = Title.Trim(), Slug = "", Kind = PostKind.Endorsement, AuthorId = CurrentUserId!.Value };
        var endorsement = new Endorsement { Post = post, Partner = partner, EndorsedOn = EndorsedOn.Value, Quote = string.IsNullOrWhiteSpace(Quote) ? null : Quote.Trim() };
        if (Letter is { Length: > 0 })
        {
            try
            {
                await using var stream = Letter.OpenReadStream();
                endorsement.Letter = await media.SaveAsync(stream, Letter.FileName, Title, CurrentUserId, ct);
            }
            catch (MediaRejectedException)
            {
                return Refuse(s["FileRefused"]);
            }
        }
        db.Endorsements.Add(endorsement);
        await writer.SaveAsync(post, PostStatus.Published, new PostEdit(Body, CurrentUserId), ct);
        Flash = s["Saved"];
        return Redirect("/admin/organisation/endorsements");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
