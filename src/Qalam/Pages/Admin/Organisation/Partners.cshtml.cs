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

[RequestSizeLimit(20 * 1024 * 1024)]
public sealed class PartnersAdminModel(QalamDb db, MediaStore media, OrganisationWriter writer, IStringLocalizer<OrganisationStrings> s,
    Localization.Languages languages, IStringLocalizer<TranslationStrings> x) : AdminPageModel
{
    public sealed record PartnerForm
    {
        public string Name { get; set; } = "";
        public PartnerKind Kind { get; set; }
        public string? WebsiteUrl { get; set; }
        public int? SinceYear { get; set; }
        public string? Description { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PartnerForm Form { get; set; } = new();
    [BindProperty] public IFormFile? Logo { get; set; }
    /// <summary>The name and description in each other language, by code (empty: readers see the default's).</summary>
    public Dictionary<string, string?> NameIn { get; private set; } = [];
    public Dictionary<string, string?> DescriptionIn { get; private set; } = [];
    public IReadOnlyList<Partner> Partners { get; private set; } = [];
    public string? Error { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["PartnersHeading"];
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is { } id)
        {
            var p = Partners.FirstOrDefault(x => x.Id == id);
            if (p is null) return NotFound();
            Form = new PartnerForm { Name = p.Name, Kind = p.Kind, WebsiteUrl = p.WebsiteUrl, SinceYear = p.SinceYear, Description = p.Description };
            NameIn = await TranslatedFields.LoadAsync(db, TextSubject.Partner, id, TextField.Name, ct);
            DescriptionIn = await TranslatedFields.LoadAsync(db, TextSubject.Partner, id, TextField.Description, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var url = Form.WebsiteUrl?.Trim();
        if (string.IsNullOrWhiteSpace(Form.Name) || !Enum.IsDefined(Form.Kind)
            || !string.IsNullOrEmpty(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
        {
            return Refuse(s["Required"]);
        }
        (NameIn, DescriptionIn) = (TranslatedFields.Posted(Request.Form, nameof(NameIn)), TranslatedFields.Posted(Request.Form, nameof(DescriptionIn)));
        var texts = new List<TextEdit>();
        if ((TranslatedFields.Read(NameIn, TextField.Name, 200, languages, x, texts)
            ?? TranslatedFields.Read(DescriptionIn, TextField.Description, 2000, languages, x, texts)) is { } problem) return Refuse(problem);
        var partner = Id is { } id ? await db.Partners.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (Id is not null && partner is null) return NotFound();
        partner ??= new Partner { Name = Form.Name.Trim(), Slug = "" };
        (partner.Name, partner.Kind, partner.WebsiteUrl, partner.SinceYear, partner.Description) =
            (Form.Name.Trim(), Form.Kind, string.IsNullOrEmpty(url) ? null : url, Form.SinceYear, Form.Description?.Trim());
        if (Logo is { Length: > 0 })
        {
            try
            {
                await using var stream = Logo.OpenReadStream();
                partner.Logo = await media.SaveAsync(stream, Logo.FileName, partner.Name, CurrentUserId, ct);
            }
            catch (MediaRejectedException)
            {
                return Refuse(s["LogoRefused"]);
            }
        }
        await writer.SavePartnerAsync(partner, texts, ct);
        Flash = s["Saved"];
        return Redirect("/admin/organisation/partners");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
