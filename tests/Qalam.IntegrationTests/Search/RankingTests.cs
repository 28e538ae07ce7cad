using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.IntegrationTests.Search;

/// <summary>The database evaluates Qalam's own ranking exactly, so another backend given the same statistics returns the same order.</summary>
public sealed class RankingTests(SearchSite site) : IClassFixture<SearchSite>
{
    private sealed record Posting(int PostId, string Term, double Tf, double Length, long Published);

    [Theory]
    [InlineData("المؤسسة")]
    [InlineData("المؤسسة الرقمية")]
    [InlineData("التدريب المعلمين")]
    public async Task Scores_from_the_database_equal_the_reference_formula(string query)
    {
        await site.Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var store = sp.GetRequiredService<ISearchStore>();
            var now = site.Factory.Clock.GetUtcNow();
            var plan = SearchPlan.Create(SearchQuery.Parse(query), false, new SearchFilters(), now, 0, 100);
            var stats = await store.ReadStatisticsAsync(db, plan.Terms, default);
            var ranked = await store.RankAsync(db, plan, stats, default);
            Assert.NotEmpty(ranked.Hits);

            var terms = plan.Terms.ToList();
            var postings = await db.Database.SqlQuery<Posting>($"SELECT PostId, Term, Tf, Length, Published FROM SearchPostings").ToListAsync();
            var expected = postings.Where(p => terms.Contains(p.Term)).GroupBy(p => p.PostId)
                .Where(g => g.Count() == terms.Count && g.First().Published <= now.ToUnixTimeSeconds())
                .Select(g => (PostId: g.Key, Score: SearchRanking.Score(
                    g.Select(p => (SearchRanking.Idf(stats.Documents, stats.DocumentFrequency[p.Term]), p.Tf)),
                    g.First().Length, stats.AverageLength, now.ToUnixTimeSeconds(), g.First().Published)))
                .OrderByDescending(x => x.Score).ThenByDescending(x => x.PostId).ToList();

            Assert.Equal(expected.Select(e => e.PostId), ranked.Hits.Select(h => h.PostId));
            Assert.All(expected.Zip(ranked.Hits), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 9));
            Assert.Equal(expected.Count, ranked.Total);
        });
    }
}
