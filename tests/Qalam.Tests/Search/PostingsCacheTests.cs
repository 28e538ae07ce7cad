using System.Runtime.InteropServices;
using Qalam.Search;

namespace Qalam.Tests.Search;

/// <summary>The cache of decoded postings serves only the generation it was filled for, and keeps within its budget.</summary>
public sealed class PostingsCacheTests
{
    [Fact]
    public void Postings_are_served_for_their_generation_only_and_a_new_one_empties_the_cache()
    {
        var cache = new PostingsCache();
        Assert.False(cache.Confirm(7));
        cache.Keep(7, "قلم", Postings(PostingParts.Documents, 1, 2, 3));

        Assert.Equal([1, 2, 3], cache.Find(7, "قلم", PostingParts.Documents)!.PostIds);
        Assert.Null(cache.Find(8, "قلم", PostingParts.Ids));
        Assert.True(cache.Confirm(7));
        Assert.False(cache.Confirm(8));
        Assert.Null(cache.Find(8, "قلم", PostingParts.Ids));
    }

    [Fact]
    public void Postings_read_for_an_older_generation_are_not_kept()
    {
        var cache = new PostingsCache();
        cache.Confirm(8);
        cache.Keep(7, "قلم", Postings(PostingParts.Ids, 1));
        Assert.Null(cache.Find(8, "قلم", PostingParts.Ids));
    }

    [Fact]
    public void Ids_alone_do_not_answer_a_search_that_needs_the_ranking_fields_but_those_answer_both()
    {
        var cache = new PostingsCache();
        cache.Confirm(1);
        cache.Keep(1, "ids", Postings(PostingParts.Ids, 4));
        cache.Keep(1, "all", Postings(PostingParts.Documents, 5));

        Assert.Null(cache.Find(1, "ids", PostingParts.Documents));
        Assert.NotNull(cache.Find(1, "ids", PostingParts.Ids));
        Assert.Equal([5], cache.Find(1, "all", PostingParts.Ids)!.PostIds);
    }

    [Fact]
    public void Each_search_gets_its_own_view_whose_positions_are_its_own()
    {
        var cache = new PostingsCache();
        cache.Confirm(1);
        cache.Keep(1, "قلم", Postings(PostingParts.Ids, 10, 20));
        var first = cache.Find(1, "قلم", PostingParts.Ids)!;
        first.AddPositions(new Dictionary<int, byte[]> { [10] = [1, 2] });

        var second = cache.Find(1, "قلم", PostingParts.Ids)!;
        Assert.NotSame(first, second);
        Assert.Equal(10, second.MissingPositionsBlock(0));
        Assert.Null(first.MissingPositionsBlock(0));
    }

    [Fact]
    public void The_oldest_postings_go_first_once_the_budget_is_spent()
    {
        // Each list of 100 ids is 808 bytes; a budget of 4,000 holds four (and refuses one over a quarter of it).
        var cache = new PostingsCache(budgetBytes: 4_000);
        cache.Confirm(1);
        for (var i = 0; i < 6; i++) cache.Keep(1, $"t{i}", Postings(PostingParts.Ids, [.. Enumerable.Range(i * 100, 100)]));

        Assert.Null(cache.Find(1, "t0", PostingParts.Ids));
        Assert.Null(cache.Find(1, "t1", PostingParts.Ids));
        Assert.NotNull(cache.Find(1, "t2", PostingParts.Ids));
        Assert.NotNull(cache.Find(1, "t5", PostingParts.Ids));
        cache.Keep(1, "big", Postings(PostingParts.Ids, [.. Enumerable.Range(0, 200)]));
        Assert.Null(cache.Find(1, "big", PostingParts.Ids));
    }

    // One block, as the stores lay it out: ids then term frequencies; with the ranking fields when asked.
    private static TermPostings Postings(PostingParts parts, params int[] ids)
    {
        var postings = new TermPostings(parts, ids.Length);
        var block = MemoryMarshal.AsBytes(ids.AsSpan()).ToArray().Concat(new byte[ids.Length * 4]).ToArray();
        postings.Append(ids[0], block, parts == PostingParts.Documents ? new byte[ids.Length * 18] : []);
        return postings.Complete();
    }
}
