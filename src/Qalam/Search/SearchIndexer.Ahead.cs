using System.Runtime.CompilerServices;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

// Analyses made before a save, on another thread (an import's reading thread), and used by the save that indexes the
// same text; a post whose stored text differs from what was analysed (a tag that existed under another name, an image
// given a srcset) is analysed again at the save, so the index is always of the text as stored.
public sealed partial class SearchIndexer
{
    private readonly ConditionalWeakTable<QalamDb, Dictionary<string, SearchDocument>> _ahead = new();

    /// <summary>Analyses a post's text for the index before it is saved. Pure: safe on any thread.</summary>
    public static SearchDocument AnalyseAhead(string title, string bodyHtml, IReadOnlyList<string> tags) =>
        SearchDocument.From(new IndexedPost(0, title, bodyHtml, tags, 0, PostKind.News, "", DateTimeOffset.UnixEpoch));

    /// <summary>Offers an analysis made ahead to this context's next saves, until <see cref="ForgetAhead"/>.</summary>
    public void OfferAhead(QalamDb db, SearchDocument analysed) =>
        _ahead.GetValue(db, _ => new Dictionary<string, SearchDocument>(StringComparer.Ordinal))[KeyOf(analysed.Post)] = analysed;

    public void ForgetAhead(QalamDb db) => _ahead.Remove(db);

    private SearchDocument? TakeAhead(QalamDb db, IndexedPost post)
    {
        if (!_ahead.TryGetValue(db, out var offered) || !offered.Remove(KeyOf(post), out var analysed)) return null;
        return analysed with { Post = post };
    }

    // Everything the analysis reads: title, body and tags (in the order it adds them).
    private static string KeyOf(IndexedPost post) =>
        string.Join('\u0001', [post.Title, post.BodyHtml, .. post.Tags.Order(StringComparer.Ordinal)]);
}
