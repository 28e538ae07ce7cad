using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Pages.Admin.Posts;

/// <summary>The choices the editor offers: the category tree and the media library (images and documents).</summary>
public sealed record EditorOptions(IReadOnlyList<CategoryTree.Node> Categories, IReadOnlyList<EditorOptions.MediaChoice> Media)
{
    public sealed record MediaChoice(int Id, string FileName, string StoragePath, string ContentType, string? AltText)
    {
        public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
    }

    public static readonly EditorOptions Empty = new([], []);

    public static async Task<EditorOptions> LoadAsync(QalamDb db, CancellationToken ct)
    {
        var media = await db.Media.AsNoTracking().OrderByDescending(m => m.CreatedUtc).Take(200)
            .Select(m => new MediaChoice(m.Id, m.FileName, m.StoragePath, m.ContentType, m.AltText)).ToListAsync(ct);
        return new EditorOptions(await CategoryTree.LoadAsync(db, ct), media);
    }
}
