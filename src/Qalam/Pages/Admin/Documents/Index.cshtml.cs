using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Documents;

/// <summary>Restricted documents the signed-in person may read, and only those: others are not even listed.</summary>
public sealed class DocumentsModel(ConfidentialAccess access, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    public sealed record Row(Guid Key, string Title);

    public IReadOnlyList<Row> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = s["DocumentsHeading"];
        if (await access.ReaderAsync(User, ct) is not { } reader) return;
        Documents = await access.Readable(reader).OrderBy(d => d.Title).Select(d => new Row(d.Key, d.Title)).ToListAsync(ct);
    }
}
