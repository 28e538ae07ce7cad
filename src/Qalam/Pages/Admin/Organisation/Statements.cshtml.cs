using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Organisation;

public sealed class StatementsAdminModel(QalamDb db, Microsoft.Extensions.Localization.IStringLocalizer<Qalam.Organisation.OrganisationStrings> s) : AdminPageModel
{
    public sealed record Row(int PostId, string Title, int? Year, int? Number, bool Withdrawn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = s["NavStatements"];
        Rows = await db.Posts.AsNoTracking().Where(p => p.Kind == PostKind.Statement && p.Status != PostStatus.Trash)
            .Select(p => new { p.Id, p.Title, p.UpdatedUtc, S = db.Statements.FirstOrDefault(x => x.PostId == p.Id) })
            .OrderByDescending(x => x.S != null ? x.S.Year : 9999).ThenByDescending(x => x.S != null ? x.S.Number : 0).ThenByDescending(x => x.UpdatedUtc)
            .Select(x => new Row(x.Id, x.Title, x.S != null ? x.S.Year : null, x.S != null ? x.S.Number : null, x.S != null && x.S.WithdrawnUtc != null))
            .ToListAsync(ct);
    }
}
