using Microsoft.EntityFrameworkCore;

namespace Qalam.Content;

public sealed partial class ContentQueries
{
    /// <summary>
    /// The public members of a translation group, the post itself included (none when it has no translation),
    /// each with whether it is the group's original (the post the group began with, whose id the group carries).
    /// </summary>
    /// <param name="group">The post's <see cref="PostView.TranslationGroupId"/>: a post without one costs no query.</param>
    public async Task<IReadOnlyList<Translation>> ListTranslationsAsync(int? group, CancellationToken ct = default)
    {
        if (group is not { } g) return [];
        var ids = await Public().Where(p => p.TranslationGroupId == g).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        if (ids.Count < 2) return [];
        return (await SummariesByIdAsync(ids, ct)).Select(p => new Translation(p, p.Id == g)).ToList();
    }
}

/// <summary>A member of a translation group, as a post's page links to it.</summary>
public sealed record Translation(PostSummary Post, bool IsOriginal);
