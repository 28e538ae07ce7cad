using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

public sealed class ArchiveModel(ContentQueries content) : SitePageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public string MonthName { get; private set; } = "";
    public PageOf<PostSummary> Posts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, int month, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Year = year;
        Month = month;
        // The month is the site's local month: its bounds are converted to UTC in the site's time zone.
        var zone = Site.Zone;
        var startLocal = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var from = new DateTimeOffset(startLocal, zone.GetUtcOffset(startLocal)).ToUniversalTime();
        var endLocal = startLocal.AddMonths(1);
        var to = new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
        HttpContext.Tag(PageTags.Month(year, month));
        var number = PageNumber(page);
        Posts = await content.ListBetweenAsync(from, to, number, Settings.PostsPerPage, ct);
        if (Posts.TotalCount == 0 || (number > 1 && Posts.Items.Count == 0)) return NotFound();
        MonthName = Site.Digits(startLocal.ToString("MMMM yyyy", Site.Culture(Language)), Language);
        PageTitle = MonthName;
        CanonicalPath = Urls.Page(Urls.Month(year, month), number);
        // The same month in the languages that published in it; the others' switcher entries lead to their home.
        foreach (var code in await content.ListLanguagesBetweenAsync(from, to, ct))
        {
            if (Languages.Find(code) is { } other) AddEquivalent(other.Code, Languages.Path(other, Urls.Month(year, month)));
        }
        return Page();
    }
}
