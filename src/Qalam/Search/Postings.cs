using System.Runtime.InteropServices;
using Qalam.Content;

namespace Qalam.Search;

/// <summary>One post's entry in a term's postings: what ranking needs (weighted frequency, the post's length and
/// publication time), what filters need (author, kind, language) and where the term stands (for phrases).</summary>
public readonly record struct Posting(int PostId, float Tf, float Length, long Published, int AuthorId, byte Kind, byte Language, int[] Positions)
{
    /// <summary>The posting of a term or, without positions, of a pair of adjacent terms; <paramref name="language"/> is
    /// the post's language as the index numbers it (<see cref="IndexLanguages"/>).</summary>
    public static Posting From(SearchDocument document, string key, byte language) =>
        document.Frequencies.TryGetValue(key, out var tf)
            ? new(document.Post.PostId, (float)tf, (float)document.Length, document.PublishedSeconds, document.Post.AuthorId,
                KindCode(document.Post.Kind), language, [.. document.Positions[key]])
            : new(document.Post.PostId, document.Pairs[key], (float)document.Length, document.PublishedSeconds, document.Post.AuthorId,
                KindCode(document.Post.Kind), language, []);

    public static byte KindCode(PostKind kind) => (byte)kind;
}

/// <summary>
/// A term's postings are stored in blocks of at most <see cref="MaxCount"/> posts, in post id order, each block three
/// blobs: ids and frequencies (all a multi-word search reads of the other words), the posts' ranking and filter fields
/// (read for the rarest word only) and positions (read for phrases only). Saving a post rewrites one small block per
/// term; a search reads whole runs of blocks and ranks them in C#, so every database ranks exactly alike.
/// Fixed-width fields are little-endian arrays; positions are varint-coded gaps.
/// </summary>
public static class PostingBlocks
{
    public const int MaxCount = 128;

    /// <summary>A block as stored: its first and last post id and the three blobs.</summary>
    public sealed record Block(int First, int Last, byte[] Ids, byte[] Documents, byte[] Positions)
    {
        public int Count => Ids.Length / 8;
    }

    public static Block Encode(ReadOnlySpan<Posting> postings)
    {
        var n = postings.Length;
        var ids = new byte[n * 8];
        var docs = new byte[n * 18];
        var idSpan = MemoryMarshal.Cast<byte, int>(ids.AsSpan(0, n * 4));
        var tf = MemoryMarshal.Cast<byte, float>(ids.AsSpan(n * 4, n * 4));
        var length = MemoryMarshal.Cast<byte, float>(docs.AsSpan(0, n * 4));
        var published = MemoryMarshal.Cast<byte, long>(docs.AsSpan(n * 4, n * 8));
        var author = MemoryMarshal.Cast<byte, int>(docs.AsSpan(n * 12, n * 4));
        var kind = docs.AsSpan(n * 16, n);
        var language = docs.AsSpan(n * 17, n);
        var positions = new List<byte>(n * 4);
        for (var i = 0; i < n; i++)
        {
            var p = postings[i];
            idSpan[i] = p.PostId;
            tf[i] = p.Tf;
            length[i] = p.Length;
            published[i] = p.Published;
            author[i] = p.AuthorId;
            kind[i] = p.Kind;
            language[i] = p.Language;
            WriteVarint(positions, p.Positions.Length);
            var previous = 0;
            foreach (var at in p.Positions)
            {
                WriteVarint(positions, at - previous);
                previous = at;
            }
        }
        return new Block(postings[0].PostId, postings[^1].PostId, ids, docs, [.. positions]);
    }

    public static List<Posting> Decode(Block block)
    {
        var n = block.Count;
        var list = new List<Posting>(n);
        var ids = MemoryMarshal.Cast<byte, int>(block.Ids.AsSpan(0, n * 4));
        var tf = MemoryMarshal.Cast<byte, float>(block.Ids.AsSpan(n * 4, n * 4));
        var docs = block.Documents;
        var length = MemoryMarshal.Cast<byte, float>(docs.AsSpan(0, n * 4));
        var published = MemoryMarshal.Cast<byte, long>(docs.AsSpan(n * 4, n * 8));
        var author = MemoryMarshal.Cast<byte, int>(docs.AsSpan(n * 12, n * 4));
        var offset = 0;
        for (var i = 0; i < n; i++)
        {
            list.Add(new Posting(ids[i], tf[i], length[i], published[i], author[i], docs[n * 16 + i], docs[n * 17 + i], ReadPositions(block.Positions, ref offset)));
        }
        return list;
    }

    /// <summary>
    /// Applies changes to the blocks of one term that cover the changed ids (the block at or before the lowest, and every
    /// block starting up to the highest): removes postings of <paramref name="removed"/>, adds <paramref name="added"/>
    /// (which replace any posting of the same post) and cuts the result into blocks again.
    /// </summary>
    public static List<Block> Merge(IReadOnlyList<Block> existing, IReadOnlyCollection<int> removed, IReadOnlyList<Posting> added)
    {
        // Both runs in post id order (blocks are disjoint and ordered; the added are sorted below if need be), so one pass
        // merges them: an import appends to the last block of thousands of terms per batch.
        var kept = new List<Posting>(existing.Count * MaxCount);
        foreach (var block in existing)
        {
            foreach (var p in Decode(block))
            {
                if (!removed.Contains(p.PostId)) kept.Add(p);
            }
        }
        for (var i = 1; i < added.Count; i++)
        {
            if (added[i].PostId >= added[i - 1].PostId) continue;
            added = [.. added.OrderBy(p => p.PostId)];
            break;
        }
        var all = new List<Posting>(kept.Count + added.Count);
        var k = 0;
        for (var a = 0; a < added.Count; a++)
        {
            // Of several added for one post, the last one given wins.
            if (a + 1 < added.Count && added[a + 1].PostId == added[a].PostId) continue;
            var id = added[a].PostId;
            while (k < kept.Count && kept[k].PostId < id) all.Add(kept[k++]);
            if (k < kept.Count && kept[k].PostId == id) k++;
            all.Add(added[a]);
        }
        while (k < kept.Count) all.Add(kept[k++]);
        var blocks = new List<Block>();
        // Equal-sized pieces: a full block that gains one posting becomes two halves, not a full one and a single.
        var pieces = (all.Count + MaxCount - 1) / MaxCount;
        var span = CollectionsMarshal.AsSpan(all);
        for (var i = 0; i < pieces; i++)
        {
            var start = (int)((long)all.Count * i / pieces);
            var end = (int)((long)all.Count * (i + 1) / pieces);
            blocks.Add(Encode(span[start..end]));
        }
        return blocks;
    }

    public static int[] ReadPositions(byte[] data, ref int offset)
    {
        var count = ReadVarint(data, ref offset);
        var result = new int[count];
        var previous = 0;
        for (var i = 0; i < count; i++) result[i] = previous += ReadVarint(data, ref offset);
        return result;
    }

    /// <summary>A block's positions decoded at once: all values end to end, and where each of its postings' start (count + 1 entries).</summary>
    public static (int[] Values, int[] Starts) ReadAllPositions(byte[] data, int count)
    {
        var values = new int[data.Length]; // a value takes at least one byte
        var starts = new int[count + 1];
        var offset = 0;
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            starts[i] = at;
            var n = ReadVarint(data, ref offset);
            var previous = 0;
            for (var k = 0; k < n; k++) values[at++] = previous += ReadVarint(data, ref offset);
        }
        starts[count] = at;
        return (values, starts);
    }

    private static void WriteVarint(List<byte> output, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            output.Add((byte)(v | 0x80));
            v >>= 7;
        }
        output.Add((byte)v);
    }

    private static int ReadVarint(byte[] data, ref int offset)
    {
        uint result = 0;
        var shift = 0;
        while (true)
        {
            var b = data[offset++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
            shift += 7;
        }
    }

    static PostingBlocks()
    {
        // The fixed-width arrays are read in place; every platform .NET runs Qalam on is little-endian.
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The search index format is little-endian.");
    }
}
