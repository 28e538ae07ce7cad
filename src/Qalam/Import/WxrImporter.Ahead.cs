using System.Runtime.CompilerServices;
using Qalam.Content;

namespace Qalam.Import;

// A post's pure work (content hash, conversion, sanitising, plain text) done on the reading thread, so the second core
// does it while the writer saves the batch before.
public sealed partial class WxrImporter
{
    /// <summary>What the reading thread prepared for each post it passed on; an entry goes with its item.</summary>
    private readonly ConditionalWeakTable<WxrItem, Prepared> _prepared = new();

    private sealed record Prepared(string Hash, PostWriter.PreparedBody Body);

    /// <summary>
    /// On the reading thread, in the posts pass: the media pass is over by then, so the attachments and upload paths
    /// the conversion reads no longer change.
    /// </summary>
    private void PrepareAhead(WxrEntry entry)
    {
        if (entry is WxrItem { PostType: not "attachment" } item && SkipReason(item) is null) _prepared.AddOrUpdate(item, Prepare(item));
    }

    private Prepared Prepare(WxrItem item)
    {
        var converted = WordPressContent.Convert(item.Content, id => _run.Attachments.TryGetValue(id, out var a) ? a.Ref : null, _run.Upload);
        return new Prepared(Hash(item), PostWriter.PreparedBody.Of(converted.Html));
    }
}
