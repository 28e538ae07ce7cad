using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Pages.Admin.Posts;

namespace Qalam.Pages.Admin.Tags;

/// <summary>Rename a tag (its old address keeps answering with a 301) or delete it, optionally merging its posts into another tag.</summary>
public sealed class TagEditModel(QalamDb db, TermWriter terms, IStringLocalizer<EditorialStrings> t,
    Localization.Languages languages, IStringLocalizer<TranslationStrings> x) : AdminPageModel
{
    public int Id { get; private set; }
    public int PostCount { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Others { get; private set; } = [];
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Slug { get; set; } = "";
    [BindProperty] public int? MergeInto { get; set; }
    /// <summary>The name in each other language, by code (empty: readers see the default's).</summary>
    public Dictionary<string, string?> NameIn { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (tag is null) return NotFound();
        (Name, Slug) = (tag.Name, tag.Slug);
        NameIn = await TranslatedFields.LoadAsync(db, TextSubject.Tag, id, TextField.Name, ct);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (tag is null) return NotFound();
        var slug = Qalam.Content.Slug.FromText(string.IsNullOrWhiteSpace(Slug) ? Name : Qalam.Content.Slug.Normalize(Slug));
        if (string.IsNullOrWhiteSpace(Name) || slug.Length == 0) ModelState.AddModelError(nameof(Name), t["NameRequired"]);
        else if (await db.Tags.AnyAsync(x => x.Slug == slug && x.Id != id, ct)) ModelState.AddModelError(nameof(Slug), t["SlugTaken"]);
        NameIn = TranslatedFields.Posted(Request.Form, nameof(NameIn));
        var texts = new List<TextEdit>();
        if (TranslatedFields.Read(NameIn, TextField.Name, 200, languages, x, texts) is { } problem) ModelState.AddModelError(nameof(NameIn), problem);
        if (!ModelState.IsValid) return await ShowAsync(id, ct, StatusCodes.Status400BadRequest);
        await terms.UpdateTagAsync(tag, Name, slug, texts, ct);
        Flash = string.Format(t["TagSaved"], tag.Name);
        return Redirect($"/admin/tags/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var tag = await db.Tags.Include(x => x.Posts).ThenInclude(p => p.Tags).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (tag is null) return NotFound();
        var target = MergeInto is { } m && m != id ? await db.Tags.FirstOrDefaultAsync(x => x.Id == m, ct) : null;
        await terms.DeleteTagAsync(tag, target, ct);
        Flash = string.Format(t["TagDeleted"], tag.Name);
        return Redirect("/admin/tags");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Id = id;
        PageTitle = t["EditTag"];
        PostCount = await db.Tags.Where(x => x.Id == id).Select(x => x.Posts.Count).FirstAsync(ct);
        var others = await db.Tags.AsNoTracking().Where(x => x.Id != id).OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(ct);
        Others = others.Select(x => (x.Id, x.Name)).ToList();
        Response.StatusCode = status;
        return Page();
    }
}
