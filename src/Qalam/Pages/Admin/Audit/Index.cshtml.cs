using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Audit;

/// <summary>The audit log, newest first, for administrators. Read-only: this page has no POST handler at all.</summary>
public sealed class IndexModel(QalamDb db, AuditLog audit, SiteContext site, AuditText text, IStringLocalizer<AccountStrings> t) : AdminPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "event")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "person")] public int? PersonFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? KindFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditText.Line> Entries { get; private set; } = [];
    public SiteContext Site => site;
    public IReadOnlyList<(int Id, string Name)> People { get; private set; } = [];
    public int TotalPages { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["AuditHeading"];
        await site.GetSettingsAsync(ct);
        var query = db.Audit.AsNoTracking();
        if (!string.IsNullOrEmpty(ActionFilter)) query = query.Where(e => e.Action == ActionFilter);
        if (AuditKinds.Find(KindFilter) is { } kind) query = query.Where(kind.Matches());
        if (PersonFilter is { } person) query = query.Where(e => e.ActorId == person);
        // The dates are the site's days, as the log shows them; "to" includes its whole day.
        if (From is { } from) query = query.Where(e => e.AtUtc >= StartOf(from));
        if (To is { } to) query = query.Where(e => e.AtUtc < StartOf(to.AddDays(1)));
        var total = await query.CountAsync(ct);
        TotalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Entries = await text.DescribeAsync(entries, linkPeople: true, ct);
        People = (await db.People.AsNoTracking().OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.DisplayName }).ToListAsync(ct))
            .Select(p => (p.Id, p.DisplayName)).ToList();
        // Who read the log, and which part of it, is itself on the record.
        audit.Record("audit-viewed", details: $"event={ActionFilter} kind={KindFilter} person={PersonFilter} from={From:O} to={To:O} page={PageNumber}");
        await db.SaveChangesAsync(ct);
    }

    // The log is append-only: any attempt to change it through this page is refused, whatever the form says.
    public IActionResult OnPost() => Refuse();

    public IActionResult OnDelete() => Refuse();

    public IActionResult OnPut() => Refuse();

    private StatusCodeResult Refuse()
    {
        Response.Headers.Allow = "GET, HEAD";
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, site.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(ActionFilter)) query["event"] = ActionFilter;
        if (!string.IsNullOrEmpty(KindFilter)) query["kind"] = KindFilter;
        if (PersonFilter is { } person) query["person"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (From is { } from) query["from"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (To is { } to) query["to"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return "/admin/audit" + QueryString.Create(query).ToUriComponent();
    }
}
