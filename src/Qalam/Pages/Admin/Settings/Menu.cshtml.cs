using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Settings;

/// <summary>
/// The public menu in a language other than the default (whose menu the settings page edits). A language without one
/// starts from a copy of the default's; its readers see the default's menu until this one is saved.
/// </summary>
public sealed class MenuModel(QalamDb db, SettingsWriter writer, Localization.Languages languages, IStringLocalizer<AccountStrings> t,
    IStringLocalizer<TranslationStrings> x) : AdminPageModel
{
    public Localization.Language Language { get; private set; } = null!;
    public Localization.Language DefaultLanguage => languages.Default;
    [BindProperty] public List<MenuRow> Menu { get; set; } = [];
    [BindProperty] public bool HideMenuCategories { get; set; }
    public MenuBuilder Targets { get; private set; } = new(new Dictionary<MenuItemKind, IReadOnlyDictionary<string, string>>());
    /// <summary>The language has no menu of its own yet: the rows are the default's, to start from.</summary>
    public bool Copied { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string language, CancellationToken ct)
    {
        if (!await LoadAsync(language, ct)) return NotFound(x["MenuLanguageInvalid"].Value);
        var own = await db.LocalizedTexts.AsNoTracking()
            .Where(r => r.Subject == TextSubject.Site && r.SubjectId == 1 && r.Field == TextField.Menu && r.Language == Language.Code)
            .Select(r => r.Text).FirstOrDefaultAsync(ct);
        Copied = own is null;
        var menu = SiteMenu.Parse(own ?? await db.Settings.AsNoTracking().Where(s => s.Id == 1).Select(s => s.MenuLinks).SingleAsync(ct));
        (Menu, HideMenuCategories) = (MenuRow.From(menu), menu.HideCategories);
        // As on the settings page: an address that is no page, category or archive of this site is a custom link.
        foreach (var row in Menu.Where(r => r.Kind != MenuItemKind.Custom && r.Target is { } u && !Targets.TargetsOf(r.Kind).ContainsKey(u)))
            (row.Kind, row.Url, row.Target) = (MenuItemKind.Custom, row.Target, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string language, CancellationToken ct)
    {
        if (!await LoadAsync(language, ct)) return NotFound(x["MenuLanguageInvalid"].Value);
        var (menu, problems) = Targets.Build(Menu, HideMenuCategories);
        Errors.AddRange(problems.Select(p => string.Format(t[p.Key], SettingsForm.JoinNumbers(p.Rows))));
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await writer.SaveMenuAsync(Language.Code, menu, ct);
        Flash = string.Format(x["MenuSaved"], Language.NativeName);
        return RedirectToPage(new { language = Language.Code });
    }

    /// <summary>The page's language (one of the site's, not the default) and the menu's possible targets; false when there is no such language.</summary>
    private async Task<bool> LoadAsync(string language, CancellationToken ct)
    {
        if (languages.Find(language) is not { } found || found == languages.Default) return false;
        Language = found;
        PageTitle = string.Format(x["MenuHeading"], found.NativeName);
        Targets = await MenuBuilder.LoadAsync(db, a => t["Archive" + a.Trim('/')], ct);
        return true;
    }
}
