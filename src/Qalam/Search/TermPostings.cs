using System.Runtime.InteropServices;

namespace Qalam.Search;

/// <summary>Which parts of a term's blocks a search reads: ids and frequencies always.</summary>
[Flags]
public enum PostingParts
{
    Ids = 0,
    Documents = 1,
    Positions = 2,
}

/// <summary>
/// All postings of one term as a search reads them: the blocks' arrays laid end to end in post id order. Positions stay
/// encoded per block and are decoded only for the blocks a phrase needs.
/// </summary>
public sealed class TermPostings
{
    public static readonly TermPostings Empty = new([], PostingParts.Documents | PostingParts.Positions);

    public int Count { get; }
    public int[] PostIds { get; }
    public float[] Tf { get; }
    public float[] Length { get; } = [];
    public long[] Published { get; } = [];
    public int[] AuthorId { get; } = [];
    public byte[] Kind { get; } = [];
    public byte[] Language { get; } = [];

    private readonly int[] _blockStart;
    private readonly byte[][] _positionData;
    // Per block, once a phrase needs it: every posting's positions end to end, and where each posting's start.
    private readonly (int[] Values, int[] Starts)?[] _positions;

    /// <summary>Blocks in post id order, each with the parts asked for (the others may be empty).</summary>
    public TermPostings(IReadOnlyList<PostingBlocks.Block> blocks, PostingParts parts)
    {
        Count = blocks.Sum(b => b.Count);
        PostIds = new int[Count];
        Tf = new float[Count];
        var documents = parts.HasFlag(PostingParts.Documents);
        if (documents)
        {
            Length = new float[Count];
            Published = new long[Count];
            AuthorId = new int[Count];
            Kind = new byte[Count];
            Language = new byte[Count];
        }
        _blockStart = new int[blocks.Count + 1];
        _positionData = new byte[blocks.Count][];
        _positions = new (int[], int[])?[blocks.Count];
        var at = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var n = block.Count;
            _blockStart[b] = at;
            MemoryMarshal.Cast<byte, int>(block.Ids.AsSpan(0, n * 4)).CopyTo(PostIds.AsSpan(at));
            MemoryMarshal.Cast<byte, float>(block.Ids.AsSpan(n * 4, n * 4)).CopyTo(Tf.AsSpan(at));
            if (documents)
            {
                var d = block.Documents.AsSpan();
                MemoryMarshal.Cast<byte, float>(d[..(n * 4)]).CopyTo(Length.AsSpan(at));
                MemoryMarshal.Cast<byte, long>(d.Slice(n * 4, n * 8)).CopyTo(Published.AsSpan(at));
                MemoryMarshal.Cast<byte, int>(d.Slice(n * 12, n * 4)).CopyTo(AuthorId.AsSpan(at));
                d.Slice(n * 16, n).CopyTo(Kind.AsSpan(at));
                d.Slice(n * 17, n).CopyTo(Language.AsSpan(at));
            }
            _positionData[b] = block.Positions;
            at += n;
        }
        _blockStart[^1] = at;
    }

    /// <summary>Where the term stands in the post at index <paramref name="i"/>, in order; needs the positions part.</summary>
    public ReadOnlySpan<int> PositionsAt(int i)
    {
        var b = Array.BinarySearch(_blockStart, 0, _blockStart.Length - 1, i);
        if (b < 0) b = ~b - 1;
        var (values, starts) = _positions[b] ??= PostingBlocks.ReadAllPositions(_positionData[b], _blockStart[b + 1] - _blockStart[b]);
        var j = i - _blockStart[b];
        return values.AsSpan(starts[j], starts[j + 1] - starts[j]);
    }
}
