using System.Runtime.CompilerServices;
using Qalam.Content;
using Qalam.Search;

namespace Qalam.Import;

// A post's pure work (content hash, conversion, sanitising, plain text) done on the reading thread, so the second core
// does it while the writer saves the batch before.
public sealed partial class WxrImporter
{
    /// <summary>What the reading thread prepared for each post it passed on; an entry goes with its item.</summary>
    private readonly ConditionalWeakTable<WxrItem, Prepared> _prepared = new();

    /// <param name="Search">The post's text analysed for the index, when it will be indexed (published or scheduled).</param>
    /// <param name="WantedSlug">The slug it asks for, before it is made unique.</param>
    /// <param name="OldPaths">Every address it had on the old site, normalised as redirects keep them.</param>
    /// <param name="Comments">Its comments' bodies, sanitised, in the export's order (those of type comment only).</param>
    private sealed record Prepared(string Hash, PostWriter.PreparedBody Body, SearchDocument? Search, string WantedSlug, IReadOnlyList<string> OldPaths,
        IReadOnlyList<string> Comments);

    /// <summary>
    /// On the reading thread, in the posts pass: the media pass is over by then, so the attachments and upload paths
    /// the conversion reads no longer change.
    /// </summary>
    private void PrepareAhead(WxrEntry entry)
    {
        if (entry is WxrItem item && IsPost(item)) _prepared.GetValue(item, Prepare);
    }

    /// <summary>Unknown shortcodes met while converting, once per post of the file: written on the reading thread, counted after the posts pass.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _shortcodesSeen = new();

    private Prepared Prepare(WxrItem item)
    {
        var converted = WordPressContent.Convert(item.Content, id => _run.Attachments.TryGetValue(id, out var a) ? a.Ref : null, _run.Upload);
        foreach (var name in converted.UnknownShortcodes) _shortcodesSeen.Enqueue(name);
        var body = PostWriter.PreparedBody.Of(converted.Html);
        return new Prepared(Hash(item), body, StatusOf(item) == PostStatus.Published ? SearchIndexer.AnalyseAhead(TitleOf(item), body.Body.Html, TagNames(item, body)) : null,
            PostWriter.WantedSlug(TitleOf(item), RequestedSlug(item)), [.. OldAddresses(item).Select(RedirectPaths.Normalize).Distinct()],
            [.. item.Comments.Where(IsComment).Select(c => PostBody.Sanitize(WordPressContent.AutoParagraphs(c.Content)))]);
    }

    /// <summary>The names the post's tags will have: its tags' names, then its hashtags', one a slug (a tag saved earlier under another name differs, and is analysed again).</summary>
    private static List<string> TagNames(WxrItem item, PostWriter.PreparedBody body)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in item.Terms.Where(t => t.Domain == "post_tag")) names.TryAdd(TermSlug(term), System.Net.WebUtility.HtmlDecode(term.Name));
        foreach (var hashtag in body.Body.Hashtags) names.TryAdd(PostBody.TagSlug(hashtag), PostBody.TagName(hashtag));
        return [.. names.Values];
    }

    internal static void CountShortcodes(ImportReport report, IEnumerable<string> names)
    {
        foreach (var name in names) ImportReport.Count(report.UnknownShortcodes, name);
    }
}
