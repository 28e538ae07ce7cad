using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Tokens;

/// <summary>Everyone's personal access tokens, for administrators: who has which, when each was last used, and revoking any.</summary>
public sealed class IndexModel(QalamDb db, AccessTokens tokens, SiteContext site, IStringLocalizer<TokenStrings> s) : AdminPageModel
{
    public List<AccessToken> Tokens { get; private set; } = [];
    public SiteContext Site => site;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = s["AllTokensHeading"];
        await site.GetSettingsAsync(ct);
        Tokens = await tokens.ListAsync(null, ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } token) return NotFound();
        await tokens.RevokeAsync(token, ct);
        Flash = string.Format(s["TokenRevoked"], token.Name);
        return Redirect("/admin/tokens");
    }
}
