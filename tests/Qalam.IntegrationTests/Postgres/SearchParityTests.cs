using System.Text.Json;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Postgres;

/// <summary>The same demo site on SQLite and on PostgreSQL answers every search with the same posts in the same order.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchParityTests : IDisposable
{
    private readonly QalamFactory _sqlite = new(postgres: false);
    private readonly QalamFactory _postgres = new(postgres: true);

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
    }

    [Theory]
    [InlineData("بيان")]
    [InlineData("المؤسسة الليبية")]
    [InlineData("اطلاق برنامج")]
    [InlineData("\"التدريب الرقمي\"")]
    [InlineData("تقنية -بيان")]
    [InlineData("ليبيا")]
    [InlineData("technology")]
    public async Task Search_gives_the_same_posts_in_the_same_order_on_both_databases(string query)
    {
        var onSqlite = await IdsAsync(_sqlite, query);
        var onPostgres = await IdsAsync(_postgres, query);
        Assert.Equal(onSqlite, onPostgres);
    }

    [Fact]
    public async Task The_queries_compared_find_posts()
    {
        Assert.True((await IdsAsync(_postgres, "بيان")).Count > 2);
        Assert.True((await IdsAsync(_postgres, "المؤسسة الليبية")).Count > 2);
    }

    // Every page's ids, then the total, and the corrected query's ids when nothing matched.
    private static async Task<List<string>> IdsAsync(QalamFactory factory, string query)
    {
        var client = factory.CreateClient();
        List<string> ids = [];
        for (var page = 1; ; page++)
        {
            using var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/search?page={page}&q=" + Uri.EscapeDataString(query)));
            var root = doc.RootElement;
            ids.AddRange(root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("post").GetProperty("id").GetInt32().ToString()));
            ids.AddRange(root.GetProperty("corrected").EnumerateArray().Select(i => "corrected " + i.GetProperty("post").GetProperty("id").GetInt32()));
            if (page >= root.GetProperty("totalPages").GetInt32()) return [.. ids, "total " + root.GetProperty("total").GetInt32()];
        }
    }
}
