using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Account;

/// <summary>The signed-in person's personal access tokens: make one (its secret shown once), see when each was last used, revoke.</summary>
public sealed class TokensModel(QalamDb db, AccessTokens tokens, SiteContext site, IStringLocalizer<TokenStrings> s) : AdminPageModel
{
    /// <summary>How long a new token may live; there is no "never": a forgotten token ends by itself.</summary>
    public static readonly int[] LifetimeDays = [7, 30, 90, 365];

    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public List<string> Scopes { get; set; } = [];
    [BindProperty] public int Days { get; set; } = 90;
    public List<AccessToken> Tokens { get; private set; } = [];
    /// <summary>The secret of the token just made: on this response only.</summary>
    public string? NewSecret { get; private set; }
    public string? Error { get; private set; }
    public SiteContext Site => site;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var me = await db.People.FirstOrDefaultAsync(p => p.Id == CurrentUserId, ct);
        if (me is null) return Challenge();
        var scopes = TokenScopes.Known(Scopes);
        Error = string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100 ? s["TokenNameRequired"].Value
            : scopes.Count == 0 ? s["TokenScopesRequired"].Value
            : !LifetimeDays.Contains(Days) ? s["TokenLifetimeInvalid"].Value
            : null;
        if (Error is null)
        {
            var (_, secret) = await tokens.CreateAsync(me, Name, scopes, site.Now.AddDays(Days), ct);
            NewSecret = secret;
            (Name, Scopes) = ("", []);
        }
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        // Only one's own: another person's token answers as if it did not exist.
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.PersonId == CurrentUserId, ct);
        if (token is null) return NotFound();
        await tokens.RevokeAsync(token, ct);
        Flash = string.Format(s["TokenRevoked"], token.Name);
        return Redirect("/admin/account/tokens");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = s["TokensHeading"];
        await site.GetSettingsAsync(ct);
        Tokens = await tokens.ListAsync(CurrentUserId ?? -1, ct);
    }
}
