using System.Collections.Concurrent;

namespace Qalam.Sharing;

/// <summary>
/// Drawn cards on disk (data/cache/cards/{post}-{hash}.png): drawn once, on the first request for them, then served as
/// files. Concurrent first requests for one card wait for the same drawing. Drawing a post's new card deletes its old
/// ones, so the folder holds about one file per shared post; it can be emptied at any time and refills itself.
/// </summary>
public sealed class ShareCardFiles(string root)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _drawing = new();

    public string Root => root;

    /// <summary>The card's file when it has been drawn already.</summary>
    public string? Find(ShareCard card)
    {
        var path = PathOf(card.PostId, card.Hash);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Draws the card unless another request is drawing it (then waits for that one), and returns its file. The drawing
    /// runs on its own: a first requester who goes away does not cancel it for the others.
    /// </summary>
    public async Task<string> DrawAsync(ShareCard card, Func<byte[]> draw)
    {
        var path = PathOf(card.PostId, card.Hash);
        var work = _drawing.GetOrAdd(path, p => new Lazy<Task<string>>(() => Task.Run(() => Write(p, card.PostId, draw))));
        try
        {
            return await work.Value;
        }
        finally
        {
            _drawing.TryRemove(KeyValuePair.Create(path, work));
        }
    }

    private string Write(string path, int postId, Func<byte[]> draw)
    {
        // A request that found no file may arrive after another has written it and left the table.
        if (File.Exists(path)) return path;
        Directory.CreateDirectory(root);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, draw());
        // Renamed into place whole: another process serving the same folder never reads half a file.
        File.Move(temporary, path, overwrite: true);
        foreach (var old in Directory.EnumerateFiles(root, $"{postId}-*.png"))
        {
            if (old != path) TryDelete(old);
        }
        return path;
    }

    private string PathOf(int postId, string hash) => Path.Combine(root, $"{postId}-{hash}.png");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Being sent to someone right now; the next card drawn for the post removes it.
        }
    }
}
