using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Pages.Admin.Posts;

namespace Qalam.Pages.Admin.Categories;

/// <summary>Rename (the old address keeps answering with a 301), move under another parent, or delete a category.</summary>
public sealed class CategoryEditModel(QalamDb db, TermWriter terms, IStringLocalizer<EditorialStrings> t,
    Localization.Languages languages, IStringLocalizer<TranslationStrings> x) : AdminPageModel
{
    public int Id { get; private set; }
    public int PostCount { get; private set; }
    public IReadOnlyList<CategoryTree.Node> Others { get; private set; } = [];
    public IReadOnlyList<CategoryTree.Node> ParentChoices { get; private set; } = [];
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Slug { get; set; } = "";
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public int? ReassignTo { get; set; }
    /// <summary>The name and description in each other language, by code (empty: readers see the default's).</summary>
    public Dictionary<string, string?> NameIn { get; private set; } = [];
    public Dictionary<string, string?> DescriptionIn { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return NotFound();
        (Name, Slug, ParentId, Description) = (category.Name, category.Slug, category.ParentId, category.Description);
        NameIn = await TranslatedFields.LoadAsync(db, TextSubject.Category, id, TextField.Name, ct);
        DescriptionIn = await TranslatedFields.LoadAsync(db, TextSubject.Category, id, TextField.Description, ct);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return NotFound();
        var tree = await CategoryTree.LoadAsync(db, ct);
        var slug = Qalam.Content.Slug.FromText(string.IsNullOrWhiteSpace(Slug) ? Name : Qalam.Content.Slug.Normalize(Slug));
        if (string.IsNullOrWhiteSpace(Name) || slug.Length == 0) ModelState.AddModelError(nameof(Name), t["NameRequired"]);
        else if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, ct)) ModelState.AddModelError(nameof(Slug), t["SlugTaken"]);
        if (ParentId is { } p && (CategoryTree.Subtree(tree, id).Contains(p) || tree.All(n => n.Id != p))) ModelState.AddModelError(nameof(ParentId), t["ParentInvalid"]);
        (NameIn, DescriptionIn) = (TranslatedFields.Posted(Request.Form, nameof(NameIn)), TranslatedFields.Posted(Request.Form, nameof(DescriptionIn)));
        var texts = new List<TextEdit>();
        if ((TranslatedFields.Read(NameIn, TextField.Name, 200, languages, x, texts)
            ?? TranslatedFields.Read(DescriptionIn, TextField.Description, 2000, languages, x, texts)) is { } problem) ModelState.AddModelError(nameof(NameIn), problem);
        if (!ModelState.IsValid) return await ShowAsync(id, ct, StatusCodes.Status400BadRequest);

        await terms.UpdateCategoryAsync(category, Name, slug, ParentId, Description, texts, ct);
        Flash = string.Format(t["CategorySaved"], category.Name);
        return Redirect($"/admin/categories/{id}");
    }

    /// <summary>Deletes the category; its posts move to another category first when it has any, its children move up.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var category = await db.Categories.Include(c => c.Posts).ThenInclude(p => p.Categories).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return NotFound();
        var target = ReassignTo is { } r && r != id ? await db.Categories.FirstOrDefaultAsync(c => c.Id == r, ct) : null;
        if (category.Posts.Count > 0 && target is null)
        {
            ModelState.AddModelError(nameof(ReassignTo), t["ReassignRequired"]);
            (Name, Slug, ParentId, Description) = (category.Name, category.Slug, category.ParentId, category.Description);
            return await ShowAsync(id, ct, StatusCodes.Status400BadRequest);
        }
        await terms.DeleteCategoryAsync(category, target, ct);
        Flash = string.Format(t["CategoryDeleted"], category.Name);
        return Redirect("/admin/categories");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Id = id;
        PageTitle = t["EditCategory"];
        var tree = await CategoryTree.LoadAsync(db, ct);
        var subtree = CategoryTree.Subtree(tree, id);
        ParentChoices = tree.Where(n => !subtree.Contains(n.Id)).ToList();
        Others = tree.Where(n => n.Id != id).ToList();
        PostCount = tree.FirstOrDefault(n => n.Id == id)?.PostCount ?? 0;
        Response.StatusCode = status;
        return Page();
    }
}
