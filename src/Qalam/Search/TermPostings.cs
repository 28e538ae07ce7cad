using System.Runtime.InteropServices;

namespace Qalam.Search;

/// <summary>What a search reads of a key's blocks: ids and frequencies, and for the driving key also the posts' fields.
/// Positions are fetched apart, per block (<see cref="TermPostings.AddPositions"/>).</summary>
public enum PostingParts
{
    Ids,
    Documents,
}

/// <summary>
/// All postings of one term (or pair of terms) as a search reads them: the blocks' arrays laid end to end in post id
/// order. Positions stay encoded per block, are fetched only for the blocks a phrase needs, and decoded once.
/// </summary>
public sealed class TermPostings
{
    public int Count { get; private set; }
    public int[] PostIds { get; private set; }
    public float[] Tf { get; private set; }
    public float[] Length { get; private set; } = [];
    public long[] Published { get; private set; } = [];
    public int[] AuthorId { get; private set; } = [];
    public byte[] Kind { get; private set; } = [];
    public byte[] Language { get; private set; } = [];

    private readonly PostingParts _parts;
    private readonly List<int> _blockStart;
    private readonly List<int> _blockFirst;
    private readonly List<byte[]?> _positionData;
    // Per block, once decoded: every posting's positions end to end, and where each posting's start.
    private (int[] Values, int[] Starts)?[] _positions = [];

    /// <summary>An empty list to <see cref="Append"/> blocks to, in post id order; <paramref name="capacity"/> is the expected postings.</summary>
    public TermPostings(PostingParts parts, int capacity)
    {
        _parts = parts;
        (_blockStart, _blockFirst, _positionData) = ([], [], []);
        PostIds = new int[capacity];
        Tf = new float[capacity];
        if (parts == PostingParts.Documents)
        {
            Length = new float[capacity];
            Published = new long[capacity];
            AuthorId = new int[capacity];
            Kind = new byte[capacity];
            Language = new byte[capacity];
        }
    }

    // Another search's view of the same postings: the arrays are only read once complete, positions are per search.
    private TermPostings(TermPostings complete)
    {
        _parts = complete._parts;
        (Count, PostIds, Tf, Length, Published, AuthorId, Kind, Language) =
            (complete.Count, complete.PostIds, complete.Tf, complete.Length, complete.Published, complete.AuthorId, complete.Kind, complete.Language);
        (_blockStart, _blockFirst) = (complete._blockStart, complete._blockFirst);
        _positionData = [.. Enumerable.Repeat<byte[]?>(null, _blockFirst.Count)];
        _positions = new (int[], int[])?[_blockFirst.Count];
    }

    public PostingParts Parts => _parts;

    /// <summary>The postings for another search, sharing the decoded arrays (never written once complete) but not positions.</summary>
    public TermPostings Share() => new(this);

    /// <summary>Roughly what the decoded arrays hold, in bytes, for a cache's budget.</summary>
    public long Size => Count * (_parts == PostingParts.Documents ? 26L : 8L) + _blockFirst.Count * 8L;

    /// <summary>Adds a block's parts (read in place: the spans are copied, not kept).</summary>
    public void Append(int first, ReadOnlySpan<byte> ids, ReadOnlySpan<byte> documents)
    {
        var n = ids.Length / 8;
        var at = Count;
        if (at + n > PostIds.Length) Grow(Math.Max(at + n, PostIds.Length * 2));
        _blockStart.Add(at);
        _blockFirst.Add(first);
        MemoryMarshal.Cast<byte, int>(ids[..(n * 4)]).CopyTo(PostIds.AsSpan(at));
        MemoryMarshal.Cast<byte, float>(ids.Slice(n * 4, n * 4)).CopyTo(Tf.AsSpan(at));
        if (_parts == PostingParts.Documents)
        {
            MemoryMarshal.Cast<byte, float>(documents[..(n * 4)]).CopyTo(Length.AsSpan(at));
            MemoryMarshal.Cast<byte, long>(documents.Slice(n * 4, n * 8)).CopyTo(Published.AsSpan(at));
            MemoryMarshal.Cast<byte, int>(documents.Slice(n * 12, n * 4)).CopyTo(AuthorId.AsSpan(at));
            documents.Slice(n * 16, n).CopyTo(Kind.AsSpan(at));
            documents.Slice(n * 17, n).CopyTo(Language.AsSpan(at));
        }
        _positionData.Add(null);
        Count = at + n;
    }

    /// <summary>Ends appending: the arrays are trimmed to <see cref="Count"/> if the capacity was not exact.</summary>
    public TermPostings Complete()
    {
        if (PostIds.Length != Count) Grow(Count);
        _blockStart.Add(Count);
        _positions = new (int[], int[])?[_blockFirst.Count];
        return this;
    }

    private void Grow(int size)
    {
        PostIds = Resized(PostIds, size);
        Tf = Resized(Tf, size);
        if (_parts != PostingParts.Documents) return;
        Length = Resized(Length, size);
        Published = Resized(Published, size);
        AuthorId = Resized(AuthorId, size);
        Kind = Resized(Kind, size);
        Language = Resized(Language, size);
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
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
        for (var b = 0; b < _blockFirst.Count; b++)
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
        var b = CollectionsMarshal.AsSpan(_blockStart)[.._blockFirst.Count].BinarySearch(i);
        return b >= 0 ? b : ~b - 1;
    }
}
