using Microsoft.EntityFrameworkCore;

namespace Qalam.Media;

/// <summary>The library's filters, shared by the admin grid and the picker: images or documents, and words in the title or file name.</summary>
public static class MediaLibraryFilter
{
    public const string Images = "image";
    public const string Documents = "document";

    /// <summary>The items of the type whose title, file name or alt text hold every word of <paramref name="q"/>, as the
    /// readers' search analyses words (hamza forms, harakat, the article). Matched in memory over those three short
    /// fields, read once per search: a library of tens of thousands of items is a few megabytes.</summary>
    public static async Task<IQueryable<MediaItem>> ApplyAsync(IQueryable<MediaItem> query, string? type, string? q, CancellationToken ct)
    {
        if (type == Images) query = query.Where(m => m.ContentType.StartsWith("image/"));
        else if (type == Documents) query = query.Where(m => !m.ContentType.StartsWith("image/"));
        if (Search.TextMatch.For(q) is not { } match) return query;
        var texts = await query.Select(m => new { m.Id, m.Title, m.FileName, m.AltText }).ToListAsync(ct);
        var ids = texts.Where(m => match.Matches(m.Title, m.FileName, m.AltText)).Select(m => m.Id).ToList();
        return query.Where(m => ids.Contains(m.Id));
    }
}
