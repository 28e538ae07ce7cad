using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Data;

public sealed class StartupTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qalam-startup-").FullName;

    [Fact]
    public async Task Two_instances_starting_at_once_on_a_new_data_directory_migrate_it_once_and_seed_it_once()
    {
        WebApplicationFactory<Program> Host() => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Qalam:Data", _data);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var a = Host();
        using var b = Host();
        // Both hosts start (migrate, create the administrator, load the demo) at the same moment.
        await Task.WhenAll(Task.Run(() => a.CreateClient()), Task.Run(() => b.CreateClient()));

        Assert.Equal("Healthy", await a.CreateClient().GetStringAsync("/healthz"));
        Assert.Equal("Healthy", await b.CreateClient().GetStringAsync("/healthz"));
        await using var scope = a.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        Assert.Equal(1, await db.People.CountAsync(p => p.Role == Role.Administrator));
        Assert.Equal(1, await db.Posts.CountAsync(p => p.Slug == "about-us"));
        Assert.Single(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_migrations_describe_the_model_as_it_is_in_the_code()
    {
        // Two branches that each add a migration merge cleanly as text; this catches a snapshot left behind.
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Qalam:Data", _data);
            b.UseSetting("Qalam:SeedDemo", "false");
        });
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<QalamDb>().Database.HasPendingModelChanges());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        DataDirectories.Delete(_data);
    }
}
