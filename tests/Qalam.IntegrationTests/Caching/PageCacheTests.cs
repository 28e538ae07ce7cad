using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// The page cache as a reader meets it: a page comes from memory the second time; after a change is committed every
/// page that shows it is new on the next request, and pages that do not show it are still served from memory.
/// </summary>
public sealed class PageCacheTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly CacheSite _site;
    private HttpClient _reader = null!;
    private CachedReader _cached = null!;

    public PageCacheTests() => _site = new CacheSite(_factory);

    public async Task InitializeAsync()
    {
        _reader = _factory.CreateBrowserlessClient();
        _cached = new CachedReader(_reader);
        await _site.SeedAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_page_comes_from_memory_the_second_time_and_a_browser_revalidates_it_with_304()
    {
        var first = await _reader.GetAsync("/");
        var second = await _reader.GetAsync("/");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.CacheControl!.Public);
        var etag = second.Headers.ETag!;
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/");
        conditional.Headers.IfNoneMatch.Add(etag);
        var revalidated = await _reader.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Publishing_refreshes_the_lists_the_post_joins_and_its_neighbour_and_nothing_else()
    {
        string[] refreshed = ["/", "/category/reports", "/tag/water", $"/author/{_site.AuthorSlug}", "/2026/11", "/feed", "/sitemap.xml", "/" + CacheSite.Newest];
        string[] untouched = ["/category/sport", "/tag/football", "/" + CacheSite.Oldest, "/" + CacheSite.Sport];
        await WarmAsync([.. refreshed, .. untouched]);

        await _site.PublishAsync("تقرير المياه الجديد", "new-water-report", TemplateDatabase.Now.AddMinutes(-1), "reports", "water");

        foreach (var path in refreshed) Assert.Contains("new-water-report", await FreshAsync(path));
        foreach (var path in untouched) await AssertStillCachedAsync(path);
    }

    [Fact]
    public async Task A_new_title_shows_wherever_the_post_is_listed_and_other_posts_keep_their_cached_pages()
    {
        string[] showing = ["/", "/" + CacheSite.Newest, "/category/reports", "/feed", "/" + CacheSite.Middle];
        await WarmAsync([.. showing, "/" + CacheSite.Oldest, "/category/sport"]);

        await _site.EditAsync(CacheSite.Newest, post => post.Title = "عنوان مصحح");

        foreach (var path in showing) Assert.Contains("عنوان مصحح", await FreshAsync(path));
        await AssertStillCachedAsync("/" + CacheSite.Oldest);
        await AssertStillCachedAsync("/category/sport");
    }

    [Fact]
    public async Task A_trashed_post_is_gone_from_its_address_its_lists_and_its_neighbours_page_at_once()
    {
        await WarmAsync(["/", "/" + CacheSite.Newest, "/" + CacheSite.Middle, "/category/reports"]);

        await _site.TrashAsync(CacheSite.Newest);

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/" + CacheSite.Newest)).StatusCode);
        foreach (var path in new[] { "/", "/" + CacheSite.Middle, "/category/reports" }) Assert.DoesNotContain(CacheSite.Newest, await FreshAsync(path));
    }

    [Fact]
    public async Task A_scheduled_post_appears_when_its_time_comes_though_nothing_was_written()
    {
        await _site.PublishAsync("خبر مجدول للغد", "scheduled-report", TemplateDatabase.Now.AddHours(1), "reports", "water");
        await WarmAsync(["/", "/category/reports", "/" + CacheSite.Sport]);
        Assert.DoesNotContain("scheduled-report", await (await _reader.GetAsync("/")).Content.ReadAsStringAsync());

        _factory.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Contains("scheduled-report", await FreshAsync("/"));
        Assert.Contains("scheduled-report", await FreshAsync("/category/reports"));
        await AssertStillCachedAsync("/" + CacheSite.Sport);
    }

    [Fact]
    public async Task Renaming_a_category_or_an_author_changes_every_page_that_names_them()
    {
        await WarmAsync(["/category/reports", "/" + CacheSite.Newest, "/" + CacheSite.Middle, $"/author/{_site.AuthorSlug}", "/"]);

        await _site.WithDbAsync(async db => (await db.Categories.SingleAsync(c => c.Slug == "reports")).Name = "تقارير محدثة");
        await _site.WithDbAsync(async db => (await db.People.SingleAsync(p => p.Slug == _site.AuthorSlug)).DisplayName = "سلمى المحررة");

        Assert.Contains("تقارير محدثة", await FreshAsync("/category/reports"));
        Assert.Contains("تقارير محدثة", await FreshAsync("/" + CacheSite.Newest));
        Assert.Contains("سلمى المحررة", await FreshAsync($"/author/{_site.AuthorSlug}"));
        Assert.Contains("سلمى المحررة", await FreshAsync("/" + CacheSite.Middle));
    }

    [Fact]
    public async Task A_settings_change_reaches_every_page()
    {
        string[] pages = ["/", "/" + CacheSite.Oldest, "/category/sport", "/feed"];
        await WarmAsync(pages);

        await _site.WithDbAsync(async db => (await db.Settings.SingleAsync()).Name = "منظمة بعنوان جديد");

        foreach (var path in pages) Assert.Contains("منظمة بعنوان جديد", await FreshAsync(path));
    }

    [Fact]
    public async Task A_settings_change_saved_with_other_rows_in_one_save_reaches_every_page_too()
    {
        string[] pages = ["/", "/" + CacheSite.Oldest];
        await WarmAsync(pages);

        // Several commands in one SaveChanges: EF wraps them in a transaction of its own, which must not lose the change.
        await _site.WithDbAsync(async db =>
        {
            (await db.Settings.SingleAsync()).Name = "منظمة وشعارها";
            db.Media.Add(new Qalam.Media.MediaItem { FileName = "logo.png", StoragePath = "2026/12/logo.png", ContentType = "image/png", CreatedUtc = TemplateDatabase.Now });
        });

        foreach (var path in pages) Assert.Contains("منظمة وشعارها", await FreshAsync(path));
    }

    [Fact]
    public async Task A_change_is_not_seen_before_its_commit_and_never_after_a_rollback()
    {
        await WarmAsync(["/" + CacheSite.Newest]);
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            (await db.Posts.SingleAsync(p => p.Slug == CacheSite.Newest)).Title = "لن يحفظ";
            await db.SaveChangesAsync();
            await AssertStillCachedAsync("/" + CacheSite.Newest);
            await tx.RollbackAsync();
        });

        await AssertStillCachedAsync("/" + CacheSite.Newest);
        Assert.DoesNotContain("لن يحفظ", await (await _reader.GetAsync("/" + CacheSite.Newest)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_another_process_writes_to_the_same_database_reaches_this_ones_pages()
    {
        await WarmAsync(["/", "/" + CacheSite.Oldest]);
        using var other = new SecondInstance(_factory.DataDirectory, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TemplateDatabase.Now));
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            (await db.Posts.SingleAsync(p => p.Slug == CacheSite.Oldest)).Title = "عنوان من عملية أخرى";
            await db.SaveChangesAsync();
        }

        // The other process leaves a mark in the data directory; this one notices it through the file system.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string page;
        do
        {
            await Task.Delay(50);
            page = await (await _reader.GetAsync("/" + CacheSite.Oldest)).Content.ReadAsStringAsync();
        }
        while (!page.Contains("عنوان من عملية أخرى") && DateTime.UtcNow < deadline);
        Assert.Contains("عنوان من عملية أخرى", page);
        Assert.Contains("عنوان من عملية أخرى", await (await _reader.GetAsync("/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_people_always_get_a_fresh_private_page()
    {
        await WarmAsync(["/"]);
        var editor = await _factory.SignInAsync(Role.Editor);

        var response = await editor.Client.GetAsync("/");

        Assert.Null(response.Headers.Age);
        Assert.True(response.Headers.CacheControl!.Private);
    }

    private Task WarmAsync(IEnumerable<string> paths) => _cached.WarmAsync(paths);

    private Task AssertStillCachedAsync(string path) => _cached.AssertStillCachedAsync(path);

    private Task<string> FreshAsync(string path) => _cached.FreshAsync(path);
}
