namespace Qalam.Media;

/// <summary>The library's filters, shared by the admin grid and the picker: images or documents, and words in the title or file name.</summary>
public static class MediaLibraryFilter
{
    public const string Images = "image";
    public const string Documents = "document";

    public static IQueryable<MediaItem> Apply(IQueryable<MediaItem> query, string? type, string? q)
    {
        if (type == Images) query = query.Where(m => m.ContentType.StartsWith("image/"));
        else if (type == Documents) query = query.Where(m => !m.ContentType.StartsWith("image/"));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var words = q.Trim();
            query = query.Where(m => (m.Title != null && m.Title.Contains(words)) || m.FileName.Contains(words) || (m.AltText != null && m.AltText.Contains(words)));
        }
        return query;
    }
}
