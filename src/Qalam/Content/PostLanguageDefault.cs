using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qalam.Content;

/// <summary>
/// Gives a new post that names no language the site's default, at save, before the search index reads it: a post
/// made by any path (the editor, the API, a test) is never without one, and no code carries a language literal.
/// </summary>
public sealed class PostLanguageDefault(Localization.Languages languages) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Fill(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Fill(DbContext? db)
    {
        if (db is null) return;
        foreach (var entry in db.ChangeTracker.Entries<Post>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && string.IsNullOrEmpty(entry.Entity.Language)) entry.Entity.Language = languages.Default.Code;
        }
    }
}
