using Microsoft.Extensions.Options;
using Qalam.Content;

namespace Qalam.Caching;

/// <summary>
/// Several processes can write one SQLite file: a verb (<c>import</c>, <c>demo --reset</c>) run while the site is
/// serving, or two servers on one machine. Each process leaves a mark in the data directory after every committed
/// change; a server that sees another process's mark drops its whole page cache and its settings, since it cannot
/// know what that change touched. Processes that share Redis (Qalam:Redis) hear the change itself from
/// <see cref="ScaleOut.ChangeRelay"/>; their marks say so, and one of them that hears Redis leaves them alone.
/// </summary>
public sealed class OtherProcesses(IOptions<QalamOptions> options, IServiceProvider services, ILogger<OtherProcesses> log) : IContentListener, IHostedService, IDisposable
{
    private const string FileName = "content-changed";
    private const string Relayed = " relayed";
    // Per host, not per process: two hosts in one process (as tests run them) are two writers too.
    private readonly string Me = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private FileSystemWatcher? _watcher;

    private string MarkPath => options.Value.DataPath(FileName);

    public async Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        if (change.FromElsewhere) return;
        var relayed = services.GetService<ScaleOut.ChangeRelay>() is { } relay && await relay.PublishAsync(change);
        // Written whole then renamed, so a reader never sees half a mark. One temporary file per write: changes in
        // this process overlap (a save, and a reader's request announcing a post that came due), and a shared name
        // let one rename take the other's file.
        var temp = $"{MarkPath}.{Environment.ProcessId}.{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(temp, $"{Me} {DateTimeOffset.UtcNow.Ticks}{(relayed ? Relayed : "")}", ct);
        File.Move(temp, MarkPath, overwrite: true);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(MarkPath)!;
        Directory.CreateDirectory(folder);
        _watcher = new FileSystemWatcher(folder, FileName) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _watcher.Changed += (_, _) => _ = OnMarkAsync();
        _watcher.Created += (_, _) => _ = OnMarkAsync();
        _watcher.Renamed += (_, _) => _ = OnMarkAsync();
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    private async Task OnMarkAsync()
    {
        try
        {
            var mark = await File.ReadAllTextAsync(MarkPath);
            if (mark.StartsWith(Me, StringComparison.Ordinal)) return;
            if (mark.EndsWith(Relayed, StringComparison.Ordinal) && services.GetService<ScaleOut.ChangeRelay>() is not null
                && services.GetRequiredService<ContentFeed>().HearsOtherInstances) return;
            await services.GetRequiredService<ContentFeed>().AnnounceAsync(ContentChange.Everything with { FromElsewhere = true });
        }
        catch (IOException e)
        {
            log.LogWarning(e, "Could not read the change mark of another process");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
