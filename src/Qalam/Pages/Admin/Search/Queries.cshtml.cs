using Microsoft.Extensions.Localization;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Pages.Admin.Search;

/// <summary>/admin/search/queries: what readers searched for in the last 30 days, and what found nothing (editors and up).</summary>
public sealed class QueriesModel(QalamDb db, QueryLog log, IStringLocalizer<AdminStrings> a) : AdminPageModel
{
    public const int Days = 30;
    public const int Shown = 50;

    public IReadOnlyList<QueryLog.Line> Top { get; private set; } = [];
    public IReadOnlyList<QueryLog.Line> ZeroHits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = a["QueriesHeading"];
        (Top, ZeroHits) = await log.ReadAsync(db, Days, Shown, ct);
    }

    public static string SearchUrl(string q) => "/search?q=" + Uri.EscapeDataString(q);

    public static string SynonymUrl(string q) => "/admin/search/synonyms?words=" + Uri.EscapeDataString(q);
}
