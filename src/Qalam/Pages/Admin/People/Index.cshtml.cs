using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.People;

public sealed class IndexModel(QalamDb db, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    public sealed record Row(int Id, string DisplayName, string? Email, Role Role, bool IsActive, bool CanSignIn, bool TwoFactor);

    public IReadOnlyList<Row> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["PeopleHeading"];
        People = await db.People.AsNoTracking()
            .OrderByDescending(p => p.IsActive).ThenByDescending(p => p.Role).ThenBy(p => p.DisplayName)
            .Select(p => new Row(p.Id, p.DisplayName, p.Email, p.Role, p.IsActive, p.PasswordHash != null, p.TwoFactorEnabled))
            .ToListAsync(ct);
    }
}
