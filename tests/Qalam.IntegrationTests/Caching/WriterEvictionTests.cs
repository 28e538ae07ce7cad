using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// Changes made through each writer, as the admin pages make them, reach every cached page that shows them on the next
/// request; pages that do not show them stay in the cache.
/// </summary>
public sealed class WriterEvictionTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly CacheSite _site;
    private HttpClient _reader = null!;
    private CachedReader _cached = null!;

    public WriterEvictionTests() => _site = new CacheSite(_factory);

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
    public async Task Taking_a_post_back_to_draft_removes_it_from_its_lists_and_neighbours()
    {
        await WarmAsync(["/", "/" + CacheSite.Newest, "/" + CacheSite.Middle, "/tag/water", "/feed", "/" + CacheSite.Sport]);

        await _factory.WithScopeAsync(async sp =>
        {
            var post = await sp.GetRequiredService<QalamDb>().Posts.SingleAsync(p => p.Slug == CacheSite.Newest);
            await sp.GetRequiredService<PostWriter>().MoveAsync([post], PostStatus.Draft);
        });

        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/" + CacheSite.Newest)).StatusCode);
        foreach (var path in new[] { "/", "/" + CacheSite.Middle, "/tag/water", "/feed" }) Assert.DoesNotContain(CacheSite.Newest, await FreshAsync(path));
        await AssertStillCachedAsync("/" + CacheSite.Sport);
    }

    [Fact]
    public async Task Merging_a_tag_moves_its_posts_and_its_address_to_the_other_tag()
    {
        await WarmAsync(["/tag/football", "/tag/water", "/" + CacheSite.Sport, "/" + CacheSite.Oldest]);

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var water = await db.Tags.Include(t => t.Posts).ThenInclude(p => p.Tags).SingleAsync(t => t.Slug == "water");
            var football = await db.Tags.SingleAsync(t => t.Slug == "football");
            await sp.GetRequiredService<TermWriter>().DeleteTagAsync(water, football);
        });

        Assert.Contains(CacheSite.Newest, await FreshAsync("/tag/football"));
        var old = await _reader.GetAsync("/tag/water");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/tag/football", old.Headers.Location!.OriginalString);
        Assert.DoesNotContain("/tag/water", await FreshAsync("/" + CacheSite.Newest));
        await AssertStillCachedAsync("/" + CacheSite.Oldest);
    }

    [Fact]
    public async Task A_statement_appears_numbered_in_the_archive_and_the_stream_when_it_is_published()
    {
        var id = await _factory.DraftStatementAsync("بيان بشأن المياه");
        var year = TemplateDatabase.Now.Year;
        await WarmAsync(["/statements", "/", "/" + CacheSite.Sport]);
        Assert.DoesNotContain("بيان بشأن المياه", await (await _reader.GetAsync("/statements")).Content.ReadAsStringAsync());

        var statement = await _factory.PublishStatementAsync(id);

        Assert.Equal(1, statement.Number);
        var archive = WebUtility.HtmlDecode(await FreshAsync("/statements"));
        Assert.Contains("بيان بشأن المياه", archive);
        Assert.Contains($"/statements/{year}/1", archive);
        Assert.Contains("بيان بشأن المياه", WebUtility.HtmlDecode(await FreshAsync("/")));
        await AssertStillCachedAsync("/" + CacheSite.Sport);
    }

    [Fact]
    public async Task A_statement_correction_reaches_its_cached_page()
    {
        var id = await _factory.DraftStatementAsync("بيان بشأن المياه", "<p>انقطعت المياه ثلاثة أيام.</p>");
        var statement = await _factory.PublishStatementAsync(id);
        var path = $"/statements/{statement.Year}/{statement.Number}";
        await WarmAsync([path, "/" + CacheSite.Sport]);

        await _factory.WithScopeAsync(async sp =>
        {
            var loaded = await sp.GetRequiredService<QalamDb>().Statements.Include(s => s.Post).SingleAsync(s => s.PostId == id);
            Assert.True(await sp.GetRequiredService<StatementWriter>().CorrectAsync(loaded, "<p>انقطعت المياه خمسة أيام.</p>", "عدد الأيام", null));
        });

        var page = WebUtility.HtmlDecode(await FreshAsync(path));
        Assert.Contains("خمسة أيام", page);
        Assert.Contains("عدد الأيام", page);
        await AssertStillCachedAsync("/" + CacheSite.Sport);
    }

    [Fact]
    public async Task A_profile_saved_by_its_owner_shows_on_their_page_and_their_posts()
    {
        await WarmAsync([$"/author/{_site.AuthorSlug}", "/" + CacheSite.Newest, "/category/sport"]);

        await _factory.WithScopeAsync(async sp =>
        {
            var person = await sp.GetRequiredService<QalamDb>().People.SingleAsync(p => p.Id == _site.AuthorId);
            var form = Qalam.Accounts.ProfileForm.From(person);
            form.Bio = "محررة التقارير البيئية";
            form.DisplayName = "سلمى الكاتبة";
            await sp.GetRequiredService<Qalam.Accounts.PeopleService>().SaveProfileAsync(person, form);
        });

        Assert.Contains("محررة التقارير البيئية", await FreshAsync($"/author/{_site.AuthorSlug}"));
        Assert.Contains("سلمى الكاتبة", await FreshAsync("/" + CacheSite.Newest));
        // Every post here is theirs, so every list names them.
        Assert.Contains("سلمى الكاتبة", await FreshAsync("/category/sport"));
    }

    private Task WarmAsync(IEnumerable<string> paths) => _cached.WarmAsync(paths);

    private Task AssertStillCachedAsync(string path) => _cached.AssertStillCachedAsync(path);

    private Task<string> FreshAsync(string path) => _cached.FreshAsync(path);
}
