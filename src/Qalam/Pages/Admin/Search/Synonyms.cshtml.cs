using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Pages.Admin.Search;

/// <summary>/admin/search/synonyms: the groups of words a search treats as one (editors and up). Each change is audited.</summary>
public sealed class SynonymsModel(QalamDb db, Synonyms synonyms, AuditLog audit, TimeProvider clock, IStringLocalizer<AdminStrings> a) : AdminPageModel
{
    public IReadOnlyList<SearchSynonym> Groups { get; private set; } = [];
    /// <summary>The new group's words: from the form, or from a query found in the query log (?words=).</summary>
    [BindProperty(SupportsGet = true)] public string? Words { get; set; }
    public int? FailedId { get; private set; }
    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (Check(Words) is { } error) return await ShowAsync(ct, error);
        var group = new SearchSynonym { Words = Synonyms.Join(Synonyms.Split(Words)), UpdatedUtc = clock.GetUtcNow() };
        db.SearchSynonyms.Add(group);
        await db.SaveChangesAsync(ct);
        audit.Record("synonyms-added", $"synonyms:{group.Id}", group.Words);
        return await SavedAsync(string.Format(a["SynonymsAdded"], group.Words), ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, string? groupWords, CancellationToken ct)
    {
        var group = await db.SearchSynonyms.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (group is null) return NotFound();
        if (Check(groupWords) is { } error) return await ShowAsync(ct, error, id);
        var before = group.Words;
        (group.Words, group.UpdatedUtc) = (Synonyms.Join(Synonyms.Split(groupWords)), clock.GetUtcNow());
        audit.Record("synonyms-changed", $"synonyms:{id}", $"{before} → {group.Words}");
        return await SavedAsync(string.Format(a["SynonymsSaved"], group.Words), ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var group = await db.SearchSynonyms.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (group is null) return NotFound();
        db.SearchSynonyms.Remove(group);
        audit.Record("synonyms-deleted", $"synonyms:{id}", group.Words);
        return await SavedAsync(string.Format(a["SynonymsDeleted"], group.Words), ct);
    }

    // Null when the words make a group: at least two members with a searchable word, within the stored length.
    private string? Check(string? words)
    {
        var joined = Synonyms.Join(Synonyms.Split(words));
        if (joined.Length > 1000) return a["SynonymsTooLong"].Value;
        return Synonyms.Analyse(joined).Count < 2 ? a["SynonymsNeedTwo"].Value : null;
    }

    private async Task<IActionResult> SavedAsync(string message, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        synonyms.Forget();
        Flash = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct, string? error = null, int? failedId = null)
    {
        PageTitle = a["SynonymsHeading"];
        (Error, FailedId) = (error, failedId);
        Groups = await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Words).ToListAsync(ct);
        var page = Page();
        if (error is not null) page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
