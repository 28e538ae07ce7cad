using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Qalam.BrowserTests.Infrastructure;

/// <summary>
/// Notes any request still unanswered, and any page whose load event has not come, 10 s after it started, in
/// page-watch.log beside the tests (scripts/test prints it after a run). A wait that times out then says which
/// request held the page, which Playwright's message does not; xunit shows no console output of its own.
/// </summary>
internal static class PageWatch
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Lock Gate = new();
    public static string LogPath { get; } = Path.Combine(AppContext.BaseDirectory, "page-watch.log");

    private static void Note(string line)
    {
        lock (Gate) File.AppendAllText(LogPath, $"{DateTime.UtcNow:HH:mm:ss} {line}{Environment.NewLine}");
    }

    public static void Attach(IPage page)
    {
        var pending = new ConcurrentDictionary<IRequest, DateTime>();
        page.Request += (_, request) =>
        {
            pending[request] = DateTime.UtcNow;
            _ = ReportIfStillPendingAsync(request);
        };
        page.RequestFinished += (_, request) => pending.TryRemove(request, out DateTime _);
        page.RequestFailed += (_, request) =>
        {
            pending.TryRemove(request, out DateTime _);
            // Leaving a page cancels what it still loads: ordinary, not worth a line.
            if (request.Failure != "net::ERR_ABORTED") Note($"failed: {request.Method} {request.Url}: {request.Failure}");
        };
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);
        page.FrameNavigated += (_, frame) =>
        {
            if (frame != page.MainFrame) return;
            var before = Volatile.Read(ref loads);
            _ = ReportIfNoLoadAsync(frame.Url, () => Volatile.Read(ref loads) > before);
        };

        async Task ReportIfStillPendingAsync(IRequest request)
        {
            await Task.Delay(Patience);
            // A closed page ends its requests without a word: those are not stalls.
            if (pending.ContainsKey(request) && !page.IsClosed)
                Note($"unanswered after {Patience.TotalSeconds} s: {request.Method} {request.Url}");
        }

        async Task ReportIfNoLoadAsync(string url, Func<bool> loaded)
        {
            await Task.Delay(Patience);
            if (loaded() || page.IsClosed) return;
            var open = string.Join(", ", pending.Select(p => $"{p.Key.Method} {p.Key.Url} ({(DateTime.UtcNow - p.Value).TotalSeconds:0} s)"));
            Note($"no load event {Patience.TotalSeconds} s after {url} committed; requests open: {(open.Length == 0 ? "none" : open)}");
        }
    }
}
