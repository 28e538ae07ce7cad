using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.IntegrationTests.Caching;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// A reader on instance B while an editor works on instance A: what A commits reaches B's page cache through Redis,
/// page by page; while Redis is away both instances go on serving and saving, keeping pages briefly; when it returns
/// eviction goes on as before.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ChangesAcrossInstancesTests(RedisServer redis) : IAsyncLifetime
{
    // Short, so the test can see it end; the default is ten seconds.
    private readonly TwoInstances _site = new(redis, new Dictionary<string, string> { ["Qalam:Cache:UnheardLifetime"] = "00:00:01" });
    private CacheSite _writer = null!;
    private CachedReader _readerOnB = null!;

    public async Task InitializeAsync()
    {
        _writer = new CacheSite(_site.A);
        await _writer.SeedAsync();
        _readerOnB = new CachedReader(_site.B.CreateBrowserlessClient());
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_edit_on_A_is_on_B_at_its_next_request_and_B_keeps_the_pages_that_do_not_show_it()
    {
        await _readerOnB.WarmAsync(["/", "/" + CacheSite.Newest, "/" + CacheSite.Oldest, "/category/sport"]);

        await _writer.EditAsync(CacheSite.Newest, post => post.Title = "عنوان صحّحه المحرر على المثيل الأول");

        Assert.Contains("عنوان صحّحه المحرر على المثيل الأول", await NextOnBAsync("/" + CacheSite.Newest, "عنوان صحّحه المحرر على المثيل الأول"));
        Assert.Contains("عنوان صحّحه المحرر على المثيل الأول", await _readerOnB.FreshAsync("/"));
        await _readerOnB.AssertStillCachedAsync("/" + CacheSite.Oldest);
        await _readerOnB.AssertStillCachedAsync("/category/sport");
    }

    [Fact]
    public async Task Without_Redis_both_serve_and_save_and_keep_pages_briefly_and_eviction_resumes_when_it_returns()
    {
        await _readerOnB.WarmAsync(["/" + CacheSite.Newest]);
        var readerOnA = _site.A.CreateBrowserlessClient();

        await redis.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await readerOnA.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _readerOnB.Client.GetAsync("/" + CacheSite.Newest)).StatusCode);
            // A save on A, and a sign-in on B (the rate limit and the key ring without Redis), both succeed.
            await _writer.EditAsync(CacheSite.Newest, post => post.Title = "عنوان حُفظ وRedis غائب");
            await _site.B.SignedInClientAsync(Qalam.Content.Role.Author);

            // B hears nothing now; its pages are kept one second, so the edit shows soon all the same.
            Assert.Contains("عنوان حُفظ وRedis غائب", await NextOnBAsync("/" + CacheSite.Newest, "عنوان حُفظ وRedis غائب"));
            Assert.Equal(HttpStatusCode.OK, (await _readerOnB.Client.GetAsync("/")).StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }

        // Back: B drops its cache once, then keeps pages until a change evicts them.
        await WaitUntilAsync(() => _site.B.Services.GetRequiredService<Qalam.Content.ContentFeed>().HearsOtherInstances
            && _site.A.Services.GetRequiredService<Qalam.Content.ContentFeed>().HearsOtherInstances);
        await _readerOnB.WarmAsync(["/" + CacheSite.Newest, "/" + CacheSite.Oldest]);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await _readerOnB.AssertStillCachedAsync("/" + CacheSite.Newest);

        await _writer.EditAsync(CacheSite.Newest, post => post.Title = "عنوان بعد عودة Redis");

        Assert.Contains("عنوان بعد عودة Redis", await NextOnBAsync("/" + CacheSite.Newest, "عنوان بعد عودة Redis"));
        await _readerOnB.AssertStillCachedAsync("/" + CacheSite.Oldest);
    }

    /// <summary>
    /// The page B serves once the change has reached it. Redis hands the message over within milliseconds of A's
    /// commit, not before A's writer returns, so the reader may ask a moment too soon; it asks again, briefly.
    /// </summary>
    private async Task<string> NextOnBAsync(string path, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string page;
        do
        {
            page = await _readerOnB.Client.GetStringAsync(path);
            if (page.Contains(expected, StringComparison.Ordinal)) return page;
            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        return page;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The instances did not hear Redis again within a minute.");
            await Task.Delay(50);
        }
    }
}
