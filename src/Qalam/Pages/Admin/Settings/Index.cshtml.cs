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
public sealed class IndexModel(QalamDb db, SettingsWriter writer, IStringLocalizer<AccountStrings> t, Theme.SiteLogoUpload logos,
    Localization.Languages languages, IStringLocalizer<TranslationStrings> x) : AdminPageModel
{
    [BindProperty] public SettingsForm Form { get; set; } = new();
    /// <summary>A new logo, replacing the current one.</summary>
    [BindProperty] public IFormFile? Logo { get; set; }
    [BindProperty] public bool RemoveLogo { get; set; }
    /// <summary>An image of the media library to use as the logo; empty keeps the current one.</summary>
    [BindProperty] public int? LogoMediaId { get; set; }
    /// <summary>The time zone search box: a city or zone typed or picked there wins over the list.</summary>
    [BindProperty] public string? ZoneSearch { get; set; }
    /// <summary>The site's name and tagline in each other language, by code (empty: readers see the default's).</summary>
    public Dictionary<string, string?> NameIn { get; private set; } = [];
    public Dictionary<string, string?> TaglineIn { get; private set; } = [];
    /// <summary>The languages with a menu of their own to edit (<see cref="MenuModel"/>): all but the default.</summary>
    public IReadOnlyList<Localization.Language> MenuLanguages => TranslatedFields.Others(languages);
    public Localization.Language DefaultLanguage => languages.Default;
    public IReadOnlyList<Posts.ImageChoice> Images { get; private set; } = [];
    public MenuBuilder MenuTargets { get; private set; } = new(new Dictionary<MenuItemKind, IReadOnlyDictionary<string, string>>());
    public List<string> Errors { get; } = [];
    public bool Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["SettingsHeading"];
        Form = SettingsForm.From(await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, ct));
        NameIn = await TranslatedFields.LoadAsync(db, TextSubject.Site, 1, TextField.Name, ct);
        TaglineIn = await TranslatedFields.LoadAsync(db, TextSubject.Site, 1, TextField.Tagline, ct);
        await LoadChoicesAsync(ct);
        Form.Menu = MenuRow.From(SiteMenu.Parse(Form.MenuLinks));
        // An old menu's address that is no page, category or archive of this site stays what it is: a custom link.
        foreach (var row in Form.Menu.Where(r => r.Kind != MenuItemKind.Custom && r.Target is { } u && !MenuTargets.TargetsOf(r.Kind).ContainsKey(u)))
            (row.Kind, row.Url, row.Target) = (MenuItemKind.Custom, row.Target, null);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Images = await Posts.ImageChoice.ListAsync(db, null, ct);
        MenuTargets = await MenuBuilder.LoadAsync(db, a => t["Archive" + a.Trim('/')], ct);
    }

    /// <summary>The colours links and buttons take from the primary colour after the contrast check, light and dark.</summary>
    public (string Light, string Dark)? Accents => Theme.Rgb.TryParse(Form.PrimaryColour, out var c)
        ? (Theme.ThemePalette.Light(c).Accent.ToString(), Theme.ThemePalette.Dark(c).Accent.ToString()) : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PageTitle = t["SettingsHeading"];
        await LoadChoicesAsync(ct);
        if (!string.IsNullOrWhiteSpace(ZoneSearch))
        {
            if (TimeZoneChoices.Find(ZoneSearch) is { } zone) (Form.TimeZone, ZoneSearch) = (zone, null);
            else Errors.Add(t["TimeZoneNotFound"]);
        }
        if (LogoMediaId is { } chosen && !await Posts.ImageChoice.ExistsAsync(db, chosen, ct)) Errors.Add(t["LogoChoiceInvalid"]);
        Errors.AddRange(Form.Problems().Select(p => p.Lines is null ? t[p.Key].Value : string.Format(t[p.Key], p.Lines)));
        // A font the list does not have never reaches the form: the binder refuses it and keeps the default.
        if (ModelState["Form.Font"]?.Errors.Count > 0) Errors.Add(t["FontInvalid"]);
        (NameIn, TaglineIn) = (TranslatedFields.Posted(Request.Form, nameof(NameIn)), TranslatedFields.Posted(Request.Form, nameof(TaglineIn)));
        var texts = new List<TextEdit>();
        if ((TranslatedFields.Read(NameIn, TextField.Name, 200, languages, x, texts)
            ?? TranslatedFields.Read(TaglineIn, TextField.Tagline, 300, languages, x, texts)) is { } problem) Errors.Add(problem);
        if (Errors.Count > 0) return Invalid();

        var settings = await db.Settings.SingleAsync(s => s.Id == 1, ct);
        var before = SettingsForm.From(settings);
        Form.LogoUrl = settings.LogoUrl;
        Form.MenuLinks = settings.MenuLinks;
        if (Form.Menu.Count > 0)
        {
            var (menu, problems) = MenuTargets.Build(Form.Menu, Form.HideMenuCategories);
            Errors.AddRange(problems.Select(p => string.Format(t[p.Key], SettingsForm.JoinNumbers(p.Rows))));
            if (Errors.Count > 0) return Invalid();
            Form.MenuLinks = menu.Store();
        }
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
        else if (LogoMediaId is { } id) settings.LogoUrl = Urls.Media(await db.Media.Where(m => m.Id == id).Select(m => m.StoragePath).SingleAsync(ct));
        else if (RemoveLogo) settings.LogoUrl = null;
        try
        {
            // The version the editor loaded is the one the update must still find in the database.
            await writer.SaveAsync(settings, Form.Version, ChangedFields(before, SettingsForm.From(settings)), logo, texts, ct);
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
        typeof(SettingsForm).GetProperties().Where(p => p.Name is not (nameof(SettingsForm.Version) or nameof(SettingsForm.Sections) or nameof(SettingsForm.Menu) or nameof(SettingsForm.HideMenuCategories)) && !Equals(p.GetValue(a), p.GetValue(b))).Select(p => p.Name));

    private PageResult Invalid()
    {
        if (Form.Menu.Count == 0) Form.Menu = MenuRow.From(SiteMenu.Parse(Form.MenuLinks));
        Response.StatusCode = Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
