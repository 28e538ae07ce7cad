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
        var host = Build(buildSite, parse, extra);
        await host.PrepareAsync(ct);
        return host;
    }

    /// <summary>The host without touching the database yet, for a verb that looks at the configuration first.</summary>
    public static VerbHost Build(Func<string[], WebApplication> buildSite, ParseResult parse, params string[] extra) =>
        new(buildSite(QalamCli.HostArgs(parse, ["--Logging:LogLevel:Default=Warning", "--Qalam:Logging:Console=false", .. extra])));

    public Task PrepareAsync(CancellationToken ct) => DatabaseInitializer.PrepareAsync(Services.GetRequiredService<QalamDb>(), ct);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}
