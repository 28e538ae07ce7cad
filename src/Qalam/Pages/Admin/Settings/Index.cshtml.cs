using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Settings;

/// <summary>Site settings for administrators. A save based on an older version than the stored one is refused, never merged silently.</summary>
public sealed class IndexModel(QalamDb db, SettingsWriter writer, IStringLocalizer<AccountStrings> t, Theme.SiteLogoUpload logos) : AdminPageModel
{
    [BindProperty] public SettingsForm Form { get; set; } = new();
    /// <summary>A new logo, replacing the current one.</summary>
    [BindProperty] public IFormFile? Logo { get; set; }
    [BindProperty] public bool RemoveLogo { get; set; }
    public List<string> Errors { get; } = [];
    public bool Conflict { get; private set; }
    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["SettingsHeading"];
        Form = SettingsForm.From(await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, ct));
    }

    /// <summary>The colours links and buttons take from the primary colour after the contrast check, light and dark.</summary>
    public (string Light, string Dark)? Accents => Theme.Rgb.TryParse(Form.PrimaryColour, out var c)
        ? (Theme.ThemePalette.Light(c).Accent.ToString(), Theme.ThemePalette.Dark(c).Accent.ToString()) : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["SettingsHeading"];
        Errors.AddRange(Form.Problems().Select(p => p.Lines is null ? t[p.Key].Value : string.Format(t[p.Key], p.Lines)));
        // A font the list does not have never reaches the form: the binder refuses it and keeps the default.
        if (ModelState["Form.Font"]?.Errors.Count > 0) Errors.Add(t["FontInvalid"]);
        if (Errors.Count > 0) return Invalid();

        var settings = await db.Settings.SingleAsync(s => s.Id == 1, ct);
        var before = SettingsForm.From(settings);
        Form.LogoUrl = settings.LogoUrl;
        Qalam.Media.MediaItem? logo = null;
        if (Logo is { Length: > 0 })
        {
            (logo, var refusal) = await logos.SaveAsync(Logo, Form.Name.Trim(), CurrentUserId, ct);
            if (refusal is not null)
            {
                Errors.Add(refusal);
                return Invalid();
            }
        }
        Form.ApplyTo(settings);
        if (logo is not null) settings.LogoUrl = Urls.Media(logo.StoragePath);
        else if (RemoveLogo) settings.LogoUrl = null;
        try
        {
            // The version the editor loaded is the one the update must still find in the database.
            await writer.SaveAsync(settings, Form.Version, ChangedFields(before, SettingsForm.From(settings)), logo, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved in between: keep what this person typed on screen, explain, and offer the current values.
            Conflict = true;
            return Invalid();
        }
        Flash = t["SettingsSaved"];
        return Redirect("/admin/settings");
    }

    private static string ChangedFields(SettingsForm a, SettingsForm b) => string.Join(", ",
        typeof(SettingsForm).GetProperties().Where(p => p.Name is not (nameof(SettingsForm.Version) or nameof(SettingsForm.Sections)) && !Equals(p.GetValue(a), p.GetValue(b))).Select(p => p.Name));

    private PageResult Invalid()
    {
        Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
