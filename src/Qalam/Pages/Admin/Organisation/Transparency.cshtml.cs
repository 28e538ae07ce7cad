using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Media;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class TransparencyAdminModel(QalamDb db, MediaStore media, OrganisationWriter writer, TimeProvider clock, OrganisationQueries queries, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public TransparencyKind Kind { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<TransparencyItem> Documents { get; private set; } = [];
    public string? Error { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["TransparencyHeading"];
        Documents = await queries.ListTransparencyAsync(ct: ct);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = clock.GetUtcNow().Year;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Title) || Year is not (>= 1990 and <= 2100) || !Enum.IsDefined(Kind) || Upload is not { Length: > 0 }) return Refuse(s["Required"]);
        try
        {
            await using var stream = Upload.OpenReadStream();
            var file = await media.SaveAsync(stream, Upload.FileName, Title, CurrentUserId, ct);
            await writer.AddTransparencyAsync(new TransparencyDocument { Title = Title.Trim(), Year = Year.Value, Kind = Kind, Media = file }, ct);
        }
        catch (MediaRejectedException)
        {
            return Refuse(s["FileRefused"]);
        }
        Flash = s["Saved"];
        return Redirect("/admin/organisation/transparency");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int deleteId, CancellationToken ct)
    {
        var doc = await db.TransparencyDocuments.FirstOrDefaultAsync(d => d.Id == deleteId, ct);
        if (doc is null) return NotFound();
        await writer.RemoveTransparencyAsync(doc, ct);
        Flash = s["Removed"];
        return Redirect("/admin/organisation/transparency");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
