using System.CommandLine;
using Qalam.Data;

namespace Qalam.Cli;

/// <summary>The site's host, built but not listening, with a scope for one verb's work; the database is migrated first.</summary>
internal sealed class VerbHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AsyncServiceScope _scope;

    private VerbHost(WebApplication app)
    {
        _app = app;
        _scope = app.Services.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<VerbHost> StartAsync(Func<string[], WebApplication> buildSite, ParseResult parse, CancellationToken ct, params string[] extra)
    {
        var app = buildSite(QalamCli.HostArgs(parse, ["--Logging:LogLevel:Default=Warning", "--Qalam:Logging:Console=false", .. extra]));
        var host = new VerbHost(app);
        await DatabaseInitializer.PrepareAsync(host.Services.GetRequiredService<QalamDb>(), ct);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}
