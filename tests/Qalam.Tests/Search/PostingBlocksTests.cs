using Qalam.Search;

namespace Qalam.Tests.Search;

public sealed class PostingBlocksTests
{
    private static Posting P(int id, params int[] positions) =>
        new(id, id % 7 + 1, 40 + id % 13, 1_700_000_000 + id * 60L, id % 5, (byte)(id % 4), (byte)(id % 3), positions.Length > 0 ? positions : [id % 50, id % 50 + 3]);

    [Fact]
    public void A_block_decodes_to_the_postings_it_was_made_of()
    {
        Posting[] postings = [P(3, 0, 9, 1_000_000), P(10, 2), P(11, 5, 6, 7), P(400)];
        var block = PostingBlocks.Encode(postings);
        Assert.Equal((3, 400, 4), (block.First, block.Last, block.Count));
        var decoded = PostingBlocks.Decode(block);
        Assert.Equal(postings.Select(Describe), decoded.Select(Describe));
    }

    [Fact]
    public void Adding_to_a_full_block_splits_it_into_even_halves_in_id_order()
    {
        var full = PostingBlocks.Encode(Enumerable.Range(1, PostingBlocks.MaxCount).Select(i => P(i * 2)).ToArray());
        var merged = PostingBlocks.Merge([full], new HashSet<int>(), [P(7)]);
        Assert.Equal([64, 65], merged.Select(b => b.Count));
        var ids = merged.SelectMany(PostingBlocks.Decode).Select(p => p.PostId).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Contains(7, ids);
        Assert.Equal(merged[0].Last, ids[63]);
    }

    [Fact]
    public void Merging_removes_replaces_and_drops_empty_blocks()
    {
        var a = PostingBlocks.Encode([P(1), P(2), P(3)]);
        var b = PostingBlocks.Encode([P(10), P(11)]);
        var merged = PostingBlocks.Merge([a, b], new HashSet<int> { 2, 10, 11 }, [P(3, 42)]);
        var only = Assert.Single(merged);
        Assert.Equal([1, 3], PostingBlocks.Decode(only).Select(p => p.PostId));
        Assert.Equal([42], PostingBlocks.Decode(only)[1].Positions);
        Assert.Empty(PostingBlocks.Merge([only], new HashSet<int> { 1, 3 }, []));
    }

    [Fact]
    public void Postings_added_out_of_order_or_twice_merge_in_id_order_and_the_last_given_wins()
    {
        var existing = PostingBlocks.Encode([P(2), P(4), P(6)]);
        var merged = PostingBlocks.Merge([existing], new HashSet<int> { 4 }, [P(9), P(4, 1), P(1), P(4, 7), P(6, 5)]);
        var postings = PostingBlocks.Decode(Assert.Single(merged));
        Assert.Equal([1, 2, 4, 6, 9], postings.Select(p => p.PostId));
        Assert.Equal([7], postings[2].Positions);
        Assert.Equal([5], postings[3].Positions);
    }

    [Fact]
    public void Term_postings_lay_blocks_end_to_end_and_find_positions_in_any_block()
    {
        var blocks = PostingBlocks.Merge([], new HashSet<int>(), Enumerable.Range(1, 300).Select(i => P(i, i, i + 100)).ToList());
        Assert.Equal(3, blocks.Count);
        var postings = new TermPostings(PostingParts.Documents, 0); // a capacity too small on purpose: the arrays grow
        foreach (var block in blocks) postings.Append(block.First, block.Ids, block.Documents);
        postings.Complete();
        Assert.Equal(blocks[2].First, postings.MissingPositionsBlock(249));
        postings.AddPositions(blocks.ToDictionary(b => b.First, b => b.Positions));
        Assert.Null(postings.MissingPositionsBlock(249));
        Assert.Equal(Enumerable.Range(1, 300), postings.PostIds);
        Assert.Equal([250, 350], postings.PositionsAt(249).ToArray());
        Assert.Equal([1, 101], postings.PositionsAt(0).ToArray());
        Assert.Equal(P(77).Published, postings.Published[76]);
        Assert.Equal(P(77).Kind, postings.Kind[76]);
    }

    private static string Describe(Posting p) =>
        $"{p.PostId} {p.Tf} {p.Length} {p.Published} {p.AuthorId} {p.Kind} {p.Language} [{string.Join(',', p.Positions)}]";
}
