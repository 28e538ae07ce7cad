using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// How many SQL commands each kind of public page runs when it is rendered (the cache off), on the demo site. A page
/// that grows past its budget fails here, before a site with thousands of posts feels it. The counts are of this
/// app's own database only (tests in parallel use other files).
/// </summary>
public sealed class SqlBudgetTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true, settings: new Dictionary<string, string> { ["Qalam:Cache:Enabled"] = "false" });

    public void Dispose() => _factory.Dispose();

    // Today's counts: lower a budget when a page gets leaner, never raise it without a reason in the commit.
    public static TheoryData<string, int> Pages => new()
    {
        // The latest posts (4, with the statements' numbers), their comment counts (1), and one read per other section
        // of the home: the latest statement (3), endorsements, partners and transparency (1 each).
        { "/", 11 },
        { "/%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D9%85%D9%87%D8%A7%D8%B1%D8%A7%D8%AA-%D9%84%D9%84%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8-%D8%A7%D9%84%D8%B1%D9%82%D9%85%D9%8A-%D9%81%D9%8A-%D8%B3%D8%A8%D9%87%D8%A7", 10 },
        { "/author/salma", 5 },
        { "/category/news", 5 },
        { "/feed", 3 },
        // The posts and terms (8), each organisation archive's last change (4), the listed statements' numbers (1).
        { "/sitemap.xml", 13 },
        { "/statements", 1 },
        { "/partners", 1 },
        // The count, the page of posts (with numbers), and their authors, categories and tags by id.
        { "/api/v1/posts", 7 },
        // The post, its author's card, its author's and image's ids, its categories and tags: not what only its page shows.
        { "/api/v1/posts/slug/%D8%A5%D8%B7%D9%84%D8%A7%D9%82-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D9%85%D9%87%D8%A7%D8%B1%D8%A7%D8%AA-%D9%84%D9%84%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8-%D8%A7%D9%84%D8%B1%D9%82%D9%85%D9%8A-%D9%81%D9%8A-%D8%B3%D8%A8%D9%87%D8%A7", 5 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_stays_within_its_query_budget(string path, int budget)
    {
        var commands = await CommandsAsync(_factory, path);
        Assert.True(commands.Count <= budget, $"{path} ran {commands.Count} SQL commands; its budget is {budget}:\n{string.Join("\n", commands.Select(c => c.ReplaceLineEndings(" ")[..Math.Min(160, c.Length)]))}");
    }

    [Fact]
    public async Task Cards_read_their_pictures_with_the_list_not_one_query_each()
    {
        using var factory = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Cache:Enabled"] = "false" });
        async Task PublishPicturedAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var id = await factory.WithScopeAsync(async sp =>
                {
                    var item = await sp.GetRequiredService<Qalam.Media.MediaStore>().SaveAsync(new MemoryStream(Media.MediaFiles.Png(400, 300)), $"picture-{Guid.NewGuid():N}.png", null, null);
                    await sp.GetRequiredService<Qalam.Data.QalamDb>().SaveChangesAsync();
                    return item.Id;
                });
                await Media.PublicMediaTests.PublishPostAsync(factory, $"مقال مصور {Guid.NewGuid():N}", id);
            }
        }

        await PublishPicturedAsync(1);
        var one = (await CommandsAsync(factory, "/?page=1")).Count;
        await PublishPicturedAsync(9);
        var ten = (await CommandsAsync(factory, "/?page=1")).Count;
        Assert.Equal(10, (await factory.CreateClient().GetDocumentAsync("/")).QuerySelectorAll(".post-list img.card-image").Length);
        Assert.Equal(one, ten);
    }

    private static async Task<IReadOnlyCollection<string>> CommandsAsync(QalamFactory factory, string path)
    {
        var client = factory.CreateBrowserlessClient();
        // Once for what is read once per process (settings, navigation), then the counted request.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var data = factory.DataDirectory;
        var commands = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Listener(e =>
        {
            if (e is CommandExecutedEventData { Context: { } db } && (db.Database.GetConnectionString() ?? "").Contains(data, StringComparison.Ordinal))
            {
                commands.Enqueue(((CommandExecutedEventData)e).Command.CommandText);
            }
        }));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        return commands;
    }

    private sealed class Listener(Action<object?> onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) value.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name) onCommand(value.Value);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
