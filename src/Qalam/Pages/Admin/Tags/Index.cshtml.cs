using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Pages.Admin.Posts;

namespace Qalam.Pages.Admin.Tags;

public sealed class TagListModel(QalamDb db, TermWriter terms, IStringLocalizer<EditorialStrings> t) : AdminPageModel
{
    public sealed record Row(int Id, string Name, string Slug, int PostCount);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [BindProperty] public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["TagsHeading"];
        Rows = await db.Tags.AsNoTracking().OrderBy(x => x.Name).Select(x => new Row(x.Id, x.Name, x.Slug, x.Posts.Count)).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var slug = Qalam.Content.Slug.FromText(Name ?? "");
        if (slug.Length == 0) ModelState.AddModelError(nameof(Name), t["NameRequired"]);
        else if (await db.Tags.AnyAsync(x => x.Slug == slug, ct)) ModelState.AddModelError(nameof(Name), t["SlugTaken"]);
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var tag = await terms.CreateTagAsync(Name!, slug, ct);
        Flash = string.Format(t["TagCreated"], tag.Name);
        return RedirectToPage();
    }
}
