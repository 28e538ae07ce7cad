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
/// All postings of one term (or pair of terms) as a search reads them: the blocks' arrays laid end to end in post id
/// order. Positions stay encoded per block, are fetched only for the blocks a phrase needs, and decoded once.
/// </summary>
public sealed class TermPostings
{
    public int Count { get; }
    public int[] PostIds { get; }
    public float[] Tf { get; }
    public float[] Length { get; } = [];
    public long[] Published { get; } = [];
    public int[] AuthorId { get; } = [];
    public byte[] Kind { get; } = [];
    public byte[] Language { get; } = [];

    private readonly int[] _blockStart;
    private readonly int[] _blockFirst;
    private readonly byte[]?[] _positionData;
    // Per block, once decoded: every posting's positions end to end, and where each posting's start.
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
        _blockFirst = new int[blocks.Count];
        _positionData = new byte[]?[blocks.Count];
        _positions = new (int[], int[])?[blocks.Count];
        var at = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var n = block.Count;
            _blockStart[b] = at;
            _blockFirst[b] = block.First;
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
            if (parts.HasFlag(PostingParts.Positions)) _positionData[b] = block.Positions;
            at += n;
        }
        _blockStart[^1] = at;
    }

    /// <summary>The index of the post's posting, or a negative number if the post does not contain the term.</summary>
    public int IndexOf(int postId) => Array.BinarySearch(PostIds, postId);

    /// <summary>The first post id of the block holding posting <paramref name="i"/> (the block's key), when its positions are not here yet.</summary>
    public int? MissingPositionsBlock(int i)
    {
        var b = BlockOf(i);
        return _positionData[b] is null ? _blockFirst[b] : null;
    }

    /// <summary>Positions fetched for blocks, by their first post id.</summary>
    public void AddPositions(IReadOnlyDictionary<int, byte[]> byFirst)
    {
        for (var b = 0; b < _blockFirst.Length; b++)
        {
            if (byFirst.TryGetValue(_blockFirst[b], out var data)) _positionData[b] ??= data;
        }
    }

    /// <summary>Where the term stands in the post at index <paramref name="i"/>, in order; its block's positions must be here.</summary>
    public ArraySegment<int> PositionsAt(int i)
    {
        var b = BlockOf(i);
        var (values, starts) = _positions[b] ??= PostingBlocks.ReadAllPositions(
            _positionData[b] ?? throw new InvalidOperationException("The block's positions were not read."), _blockStart[b + 1] - _blockStart[b]);
        var j = i - _blockStart[b];
        return new ArraySegment<int>(values, starts[j], starts[j + 1] - starts[j]);
    }

    private int BlockOf(int i)
    {
        var b = _blockStart.AsSpan(0, _blockFirst.Length).BinarySearch(i);
        return b >= 0 ? b : ~b - 1;
    }
}
