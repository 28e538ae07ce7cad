using Microsoft.Extensions.DependencyInjection;
using Qalam.Data;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>The lease table itself, asked from several places at once, on both databases.</summary>
public sealed class LeasesTests
{
    [Fact]
    public async Task Callers_on_one_instance_asking_for_a_new_lease_at_once_are_all_told_it_is_theirs()
    {
        using var two = new OneDatabase();
        var a = two.A.Services.GetRequiredService<Leases>();
        var b = two.B.Services.GetRequiredService<Leases>();
        for (var round = 0; round < 5; round++)
        {
            // A background loop and a request on one instance can both find no row and both insert it; the one whose
            // insert loses must still learn that its own instance holds the lease.
            var name = $"race-{round}";
            var held = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => a.TryAcquireAsync(name, TimeSpan.FromMinutes(1)))));
            Assert.All(held, h => Assert.Equal(1, h?.Fence));
            Assert.Null(await b.TryAcquireAsync(name, TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task Of_two_instances_asking_for_a_new_lease_at_once_exactly_one_holds_it()
    {
        using var two = new OneDatabase();
        var a = two.A.Services.GetRequiredService<Leases>();
        var b = two.B.Services.GetRequiredService<Leases>();
        for (var round = 0; round < 5; round++)
        {
            var name = $"contest-{round}";
            var asked = await Task.WhenAll(
                Task.Run(() => a.TryAcquireAsync(name, TimeSpan.FromMinutes(1))), Task.Run(() => b.TryAcquireAsync(name, TimeSpan.FromMinutes(1))),
                Task.Run(() => a.TryAcquireAsync(name, TimeSpan.FromMinutes(1))), Task.Run(() => b.TryAcquireAsync(name, TimeSpan.FromMinutes(1))));
            var holder = (await a.FindAsync(name))!.Holder;
            // Both of the holder's calls say yes, both of the other's say no.
            Assert.Equal([holder == a.Holder, holder == b.Holder, holder == a.Holder, holder == b.Holder], asked.Select(h => h is not null));
        }
    }
}
