using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>Another process of the same site: its own host, services and clock, on the first app's data directory and SQLite file.</summary>
public sealed class SecondInstance(string dataDirectory, FakeTimeProvider clock) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Qalam:Data", dataDirectory);
        builder.UseSetting("Qalam:SeedDemo", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }
}
