using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// The index ranks exactly by Qalam's own formula: matches, order, scores and count equal a naive reference computed
/// straight from the posts' text (every post analysed afresh, statistics counted afresh), so any backend that stores
/// the same postings returns the same page.
/// </summary>
public sealed class RankingTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Theory]
    [InlineData("المؤسسة")]
    [InlineData("المؤسسة الرقمية")]
    [InlineData("التدريب المعلمين")]
    [InlineData("\"الأمن الرقمي\"")]
    [InlineData("المؤسسة -التدريب")]
    [InlineData("المؤسسة -\"الأمن الرقمي\"")]
    [InlineData("\"وتصميم المواقع والأمن الرقمي\"")]
    [InlineData("المؤسسة -\"المواقع والأمن الرقمي\"")]
    public Task Ranked_page_equals_the_reference_computed_from_the_posts(string query) =>
        Reference.AssertRankingAsync(site.Factory, query);

    [Theory]
    [InlineData("الزراعة")]
    [InlineData("زراعة")]
    [InlineData("والزراعة")]
    public async Task A_title_about_the_word_ranks_first_and_a_long_post_that_mentions_it_once_last(string query)
    {
        var slugs = (await site.Factory.CreateBrowserlessClient().SearchAsync(query)).ResultSlugs();
        Assert.Equal(["farming-title", "farming-short", "farming-long"], slugs);
    }
}

/// <summary>Many posts share words, so each word's postings span several blocks, and posts in the middle are then edited.</summary>
/// <remarks>Every check only reads the index, so the 420 posts are written and edited once, into one app for the class.</remarks>
public sealed class BlockRankingTests(BlockRankingTests.Site site) : IClassFixture<BlockRankingTests.Site>
{
    private readonly QalamFactory _factory = site.Factory;

    [Fact]
    public async Task Common_words_span_several_blocks()
    {
        var blocks = await _factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"SearchBlocks\" WHERE \"Term\" = (SELECT \"Term\" FROM \"SearchTerms\" ORDER BY \"Df\" DESC LIMIT 1)").SingleAsync());
        Assert.True(blocks >= 3, $"the commonest word has {blocks} blocks");
    }

    [Theory]
    [InlineData("المؤسسة")]
    [InlineData("خبر المؤسسة")]
    [InlineData("التدريب طرابلس")]
    [InlineData("الشفافية الرقمية المعلمين")]
    [InlineData("\"التدريب الشفافية\"")]
    [InlineData("المؤسسة -بنغازي")]
    [InlineData("\"التدريب الشفافية طرابلس\"")]
    [InlineData("المؤسسة -\"التدريب الشفافية\"")]
    [InlineData("المؤسسة -\"طرابلس بنغازي الشباب\"")]
    public Task Ranked_page_equals_the_reference_after_edits(string query) => Reference.AssertRankingAsync(_factory, query, take: 1000);

    /// <summary>The app with the posts written and edited.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private static readonly string[] Words = ["التدريب", "الشفافية", "طرابلس", "بنغازي", "المعلمين", "الرقمية", "الإنترنت", "الشباب"];
        public QalamFactory Factory { get; } = new(demo: false);

        public async Task InitializeAsync()
        {
            await Factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<QalamDb>();
                var author = new Person { DisplayName = "سلمى", Slug = "salma", CreatedUtc = Factory.Clock.GetUtcNow() };
                db.People.Add(author);
                var news = await sp.GetRequiredService<PostWriter>().FindOrCreateCategoryAsync("أخبار", "news");
                await db.SaveChangesAsync();
                var random = new Random(7);
                for (var i = 0; i < 420; i++)
                {
                    var words = Enumerable.Range(0, random.Next(3, 9)).Select(_ => Words[random.Next(Words.Length)]);
                    await SearchCorpus.AddAsync(sp, Factory, new SearchCorpus.Draft($"post-{i}", $"خبر المؤسسة رقم {i}",
                        $"<p>{string.Join(' ', words)} في المؤسسة.</p>", DaysAgo: random.Next(1, 900), Category: "news"), author, news);
                }
            });
            // Edit posts in the middle of the blocks: retitle, unpublish, delete, re-tag.
            await Factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<QalamDb>();
                var posts = await db.Posts.Include(p => p.Tags).OrderBy(p => p.Id).ToListAsync();
                posts[100].Title = "الشفافية في طرابلس";
                sp.GetRequiredService<Publishing>().Unpublish(posts[200], PostStatus.Draft);
                db.Posts.Remove(posts[150]);
                posts[300].Tags.Add(await sp.GetRequiredService<PostWriter>().FindOrCreateTagAsync("التدريب", "training"));
                await db.SaveChangesAsync();
            });
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}

internal static class Reference
{
    public static async Task AssertRankingAsync(QalamFactory factory, string query, int take = 100)
    {
        var now = factory.Clock.GetUtcNow();
        var q = SearchQuery.Parse(query);
        var plan = SearchPlan.Create(q, false, new SearchFilters(), now, 0, take);
        var ranked = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var stats = await sp.GetRequiredService<ISearchStore>().ReadStatisticsAsync(db, plan.RequiredKeys, default);
            return await sp.GetRequiredService<SearchRanker>().RankAsync(db, plan, stats, default);
        });

        var documents = await factory.WithDbAsync(db => db.Posts.AsNoTracking()
            .Where(p => (p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled) && p.PublishedUtc != null)
            .Select(p => new IndexedPost(p.Id, p.Title, p.BodyHtml, p.Tags.Select(t => t.Name).ToList(), p.AuthorId, p.Kind, p.Language, p.PublishedUtc!.Value))
            .ToListAsync());
        var docs = documents.Select(SearchDocument.From).ToList();
        var n = docs.Count;
        var average = docs.Sum(d => d.Length) / n;
        long Df(string term) => docs.Count(d => d.Frequencies.ContainsKey(term));
        bool Phrase(SearchDocument d, IReadOnlyList<string> words) => words.All(d.Positions.ContainsKey)
            && d.Positions[words[0]].Any(start => words.Select((w, j) => d.Positions[w].Contains(start + j)).All(x => x));
        var expected = docs
            .Where(d => plan.Terms.All(d.Frequencies.ContainsKey) && d.PublishedSeconds <= now.ToUnixTimeSeconds())
            .Where(d => plan.Phrases.All(p => Phrase(d, p)))
            .Where(d => !plan.Excluded.Any(e => Phrase(d, e)))
            .Select(d => (d.Post.PostId, Score: SearchRanking.Score(plan.Terms.Select(t => (SearchRanking.Idf(n, Df(t)), d.Frequencies[t])), d.Length, average, now.ToUnixTimeSeconds(), d.PublishedSeconds)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.PostId).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, ranked.Total);
        Assert.Equal(expected.Take(take).Select(e => e.PostId), ranked.Hits.Select(h => h.PostId));
        Assert.All(expected.Zip(ranked.Hits), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 9));
    }
}
