using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Export;

/// <summary>The verb as a user runs it: its own process, its own loopback server, the data directory of a site.</summary>
public sealed class ExportVerbTests : IDisposable
{
    private readonly QalamFactory _site = ExportRun.Site();
    private readonly string _out = Directory.CreateTempSubdirectory("qalam-export-verb-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Export_static_writes_the_site_and_a_second_run_writes_nothing_new()
    {
        var first = await QalamProcess.RunAsync(null, "export", "static", _out, "--data", _site.DataDirectory, "--base-url", "https://example.org/site/");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Matches(@"Exported \d+ pages to .+: \d+ files written, 0 unchanged, 0 removed; [\d.]+ MB written of [\d.]+ MB; [\d.]+ s", first.Output);
        var home = await File.ReadAllTextAsync(Path.Combine(_out, "index.html"));
        Assert.Contains("href=\"/site/css/site.css?v=", home);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/site/\">", home);

        var second = await QalamProcess.RunAsync(null, "export", "static", _out, "--data", _site.DataDirectory, "--base-url", "https://example.org/site/");
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Contains(": 0 files written, ", second.Output);
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.org/", "--base-url must be an absolute http or https address")]
    [InlineData("--base-url", "/site/", "--base-url must be an absolute http or https address")]
    public async Task A_bad_base_url_is_refused_in_one_line(string option, string value, string message)
    {
        var run = await QalamProcess.RunAsync(null, "export", "static", _out, "--data", _site.DataDirectory, option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Cannot export: " + message, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unwritable_folder_is_refused_in_one_line()
    {
        var file = Path.Combine(_out, "a-file");
        await File.WriteAllTextAsync(file, "");
        foreach (var target in new[] { "/proc/qalam-export", Path.Combine(file, "site") })
        {
            var run = await QalamProcess.RunAsync(null, "export", "static", target, "--data", _site.DataDirectory);
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"Cannot export: cannot write to {target}", run.Error);
            Assert.Single(run.Error.Trim().Split('\n'));
        }
    }
}
