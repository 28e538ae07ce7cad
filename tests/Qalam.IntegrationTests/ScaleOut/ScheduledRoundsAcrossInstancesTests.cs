using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// The scheduled rounds (publishing, trash, query log, media sweep) on two instances of one database: one instance at
/// a time runs them, the one holding the lease; another takes over when the holder stops, at once after a graceful
/// stop, after the lease's minute when it was killed.
/// </summary>
public sealed class ScheduledRoundsAcrossInstancesTests
{
    private static ScheduledPublisher Publisher(WebApplicationFactory<Program> instance) => instance.Services.GetRequiredService<ScheduledPublisher>();

    private static Task<Lease?> LeaseAsync(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<Leases>().FindAsync(ScheduledPublisher.LeaseName);

    [Fact]
    public async Task Only_one_instance_runs_the_rounds_and_a_killed_holder_is_replaced_once_its_lease_expires()
    {
        using var two = new OneDatabase(killable: true);
        var (a, b) = (Publisher(two.A), Publisher(two.B));
        // Each background loop tried at start; whichever came first holds the lease, and only it runs a round.
        var ran = new[] { await a.RunRoundAsync(), await b.RunRoundAsync() };
        Assert.Single(ran, r => r);
        var (holder, other, otherClock) = ran[0] ? (two.A, two.B, two.SiteB.Clock) : (two.B, two.A, two.SiteA.Clock);
        var taken = await LeaseAsync(other);
        Assert.Equal(OneDatabase.InstanceOf(holder), taken!.Holder);
        Assert.False(await Publisher(other).RunRoundAsync());

        holder.Dispose(); // killed: nothing released
        Assert.False(await Publisher(other).RunRoundAsync());
        otherClock.Advance(TimeSpan.FromSeconds(55));
        Assert.False(await Publisher(other).RunRoundAsync());

        otherClock.Advance(TimeSpan.FromSeconds(10));
        // The clock also wakes the survivor's own loop; by its round or this one, it holds the lease now.
        Assert.True(await Publisher(other).RunRoundAsync());
        var now = await LeaseAsync(other);
        Assert.Equal(OneDatabase.InstanceOf(other), now!.Holder);
        Assert.Equal(taken.Fence + 1, now.Fence);
    }

    [Fact]
    public async Task An_instance_stopped_gracefully_hands_the_rounds_over_at_once()
    {
        using var two = new OneDatabase();
        var ran = new[] { await Publisher(two.A).RunRoundAsync(), await Publisher(two.B).RunRoundAsync() };
        Assert.Single(ran, r => r);
        var (holder, other) = ran[0] ? (two.A, two.B) : (two.B, two.A);

        holder.Dispose();

        Assert.True(await Publisher(other).RunRoundAsync());
        Assert.Equal(OneDatabase.InstanceOf(other), (await LeaseAsync(other))!.Holder);
    }

    [Fact]
    public async Task Due_posts_are_published_exactly_once_with_both_instances_running()
    {
        using var two = new OneDatabase();
        var ids = new List<int>();
        for (var i = 0; i < 8; i++) ids.Add(await AddScheduledPostAsync(two.A, $"مجدولة {i}", TemplateDatabase.Now.AddMinutes(5)));
        _ = Publisher(two.B); // both hosts running, both loops looking

        // Both clocks pass the due time, waking both loops; rounds asked of both at once on top of that.
        two.SiteA.Clock.Advance(TimeSpan.FromMinutes(10));
        two.SiteB.Clock.Advance(TimeSpan.FromMinutes(10));
        await Task.WhenAll(Task.Run(() => Publisher(two.A).RunRoundAsync()), Task.Run(() => Publisher(two.B).RunRoundAsync()));

        await using var scope = two.B.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        foreach (var id in ids)
        {
            var subject = $"post:{id}";
            Assert.Equal(["post-scheduled", "post-published"], await db.Audit.Where(a => a.Subject == subject).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
            var slug = await db.Posts.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await two.B.CreateClient().GetAsync("/" + Uri.EscapeDataString(slug))).StatusCode);
        }
    }

    /// <summary>A post scheduled through the app's own writer, as the editor's Publish with a date does.</summary>
    private static async Task<int> AddScheduledPostAsync(WebApplicationFactory<Program> instance, string title, DateTimeOffset due)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var author = await sp.GetRequiredService<Qalam.Accounts.PeopleService>().AddAsync($"author-{Guid.NewGuid():N}@example.org", "كاتب", Role.Author, null);
        var writer = sp.GetRequiredService<PostWriter>();
        var post = new Post { Title = title, Slug = "", AuthorId = author.Id, PublishedUtc = due };
        await writer.ApplyBodyAsync(post, "<p>ينشر لاحقًا</p>");
        await writer.SetSlugAsync(post, null);
        writer.Touch(post, author.Id);
        var db = sp.GetRequiredService<QalamDb>();
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        await sp.GetRequiredService<Publishing>().PublishAsync(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    [Fact]
    public async Task The_hourly_media_sweep_is_shared_so_a_new_instance_does_not_sweep_again_within_the_hour()
    {
        using var two = new OneDatabase();
        var a = Publisher(two.A);
        await a.SweepMediaAsync(); // A's first round may already have taken this hour's turn
        var orphan = Path.Combine(two.Store, "media", "stray.png");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, [1, 2, 3]);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));

        // B has never swept in its own memory; the turn is the site's, and A took it.
        Assert.Equal(0, await Publisher(two.B).SweepMediaAsync());
        Assert.True(File.Exists(orphan));

        two.SiteB.Clock.Advance(TimeSpan.FromMinutes(61));
        // The hour has passed on B's clock, which also wakes B's loop: its round or this call sweeps.
        await Publisher(two.B).SweepMediaAsync();
        await OneDatabase.UntilAsync(() => Task.FromResult(!File.Exists(orphan)), "the stray file is swept", seconds: 10);
        Assert.Equal(0, await a.SweepMediaAsync() + await Publisher(two.B).SweepMediaAsync());
    }
}
