using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Data.CopyData;

/// <summary>`copy-data` as an operator runs it: its own process, addresses on the command line.</summary>
internal static class CopyDataRun
{
    public static Task<QalamProcess.Result> RunAsync(string from, string to, params string[] more) =>
        RunAsync(new Dictionary<string, string>(), from, to, more);

    public static Task<QalamProcess.Result> RunAsync(IReadOnlyDictionary<string, string> environment, string from, string to, params string[] more) =>
        QalamProcess.RunAsync(null, environment, ["copy-data", "--from", from, "--to", to, .. more]);

    public static void Succeeded(QalamProcess.Result run) => Assert.True(run.ExitCode == 0, run.Output + run.Error);

    /// <summary>A refusal is one line on the error stream and nothing else.</summary>
    public static string OneLine(QalamProcess.Result run)
    {
        Assert.Equal("", run.Output);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.Error);
        return lines[0];
    }

    /// <summary>The site's keys beside a data directory that has not started yet, so the copy opens its sign-ins and confidential files.</summary>
    public static void GiveKeys(string from, string to)
    {
        Directory.CreateDirectory(Path.Combine(to, "keys"));
        foreach (var key in Directory.EnumerateFiles(Path.Combine(from, "keys"))) File.Copy(key, Path.Combine(to, "keys", Path.GetFileName(key)), overwrite: true);
        File.Copy(from + ".keyring-key", to + ".keyring-key", overwrite: true);
    }
}
