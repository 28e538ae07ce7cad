using System.CommandLine;
using System.Diagnostics;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Cli;

/// <summary>`qalam reindex`: rebuilds the search index from the posts, with a progress bar on the terminal.</summary>
internal static class ReindexCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var command = new Command("reindex", "Rebuild the search index from every published and scheduled post.");
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await VerbHost.StartAsync(buildSite, parse, ct);
            var db = host.Services.GetRequiredService<QalamDb>();
            var clock = Stopwatch.StartNew();
            var bar = new ProgressBar(Console.Out, !Console.IsOutputRedirected);
            var count = await host.Services.GetRequiredService<SearchIndexer>().RebuildAsync(db, bar.Report, ct);
            bar.Finish();
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            Console.WriteLine($"Indexed {count} posts in {seconds:F1} s ({count / seconds:F0} posts/s).");
            return 0;
        });
        return command;
    }

    /// <summary>A one-line bar redrawn in place on a terminal; when output is redirected, a line every tenth of the way.</summary>
    private sealed class ProgressBar(TextWriter output, bool interactive)
    {
        private const int Width = 30;
        private int _lastTenth = -1;

        public void Report(int done, int total)
        {
            var fraction = total == 0 ? 1 : (double)done / total;
            var filled = (int)Math.Round(fraction * Width);
            var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {done}/{total} posts";
            if (interactive)
            {
                output.Write("\r" + line);
                return;
            }
            var tenth = (int)(fraction * 10);
            if (tenth != _lastTenth) output.WriteLine(line);
            _lastTenth = tenth;
        }

        public void Finish()
        {
            if (interactive) output.WriteLine();
        }
    }
}
