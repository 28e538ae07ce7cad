using Qalam.IntegrationTests.Caching;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// Two servers on one machine and one data directory, with Redis: the coarse mark a change leaves in the folder would
/// drop B's whole cache; B hears the change itself from Redis instead and keeps the pages that do not show it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class OneDataDirectoryTests(RedisServer redis) : IDisposable
{
    private readonly TwoInstances _site = new(redis, oneDataDirectory: true);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_edit_on_A_evicts_on_B_only_the_pages_that_show_it()
    {
        var writer = new CacheSite(_site.A);
        await writer.SeedAsync();
        var readerOnB = new CachedReader(_site.B.CreateBrowserlessClient());
        await readerOnB.WarmAsync(["/" + CacheSite.Newest, "/" + CacheSite.Oldest, "/category/sport"]);

        await writer.EditAsync(CacheSite.Newest, post => post.Title = "عنوان من الخادم الآخر على الجهاز نفسه");

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!(await readerOnB.Client.GetStringAsync("/" + CacheSite.Newest)).Contains("عنوان من الخادم الآخر على الجهاز نفسه") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Contains("عنوان من الخادم الآخر على الجهاز نفسه", await readerOnB.Client.GetStringAsync("/" + CacheSite.Newest));
        // The mark in the folder arrives too; give the file watcher its moment, then B must still have these.
        await Task.Delay(500);
        await readerOnB.AssertStillCachedAsync("/" + CacheSite.Oldest);
        await readerOnB.AssertStillCachedAsync("/category/sport");
    }
}
