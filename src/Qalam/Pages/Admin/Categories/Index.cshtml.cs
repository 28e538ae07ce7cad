using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Pages.Admin.Posts;

namespace Qalam.Pages.Admin.Categories;

public sealed class CategoryListModel(QalamDb db, TermWriter terms, IStringLocalizer<EditorialStrings> t) : AdminPageModel
{
    public IReadOnlyList<CategoryTree.Node> Tree { get; private set; } = [];
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public string? Description { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = t["CategoriesHeading"];
        Tree = await CategoryTree.LoadAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var slug = Qalam.Content.Slug.FromText(string.IsNullOrWhiteSpace(Slug) ? Name : Slug);
        if (string.IsNullOrWhiteSpace(Name) || slug.Length == 0) ModelState.AddModelError(nameof(Name), t["NameRequired"]);
        else if (await db.Categories.AnyAsync(c => c.Slug == slug, ct)) ModelState.AddModelError(nameof(Slug), t["SlugTaken"]);
        if (ParentId is { } p && !await db.Categories.AnyAsync(c => c.Id == p, ct)) ParentId = null;
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var category = new Category { Name = Name.Trim(), Slug = slug, ParentId = ParentId, Description = Description?.Trim() };
        await terms.CreateCategoryAsync(category, ct);
        Flash = string.Format(t["CategoryCreated"], category.Name);
        return RedirectToPage();
    }
}
