using System.Diagnostics;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>Runs the real Qalam program (the build copied next to the tests) as a child process, as a user would.</summary>
public static class QalamProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Qalam.dll");

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static Task<Result> RunAsync(string? stdin, params string[] args) => RunAsync(stdin, new Dictionary<string, string>(), args);

    /// <summary>Runs a verb to its end, with extra environment variables (settings, LANG).</summary>
    public static async Task<Result> RunAsync(string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(Info(environment, args))!;
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: a verb starts a whole host, and a loaded 2-core machine can take a minute to do it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Qalam {string.Join(' ', args)} did not end within 180 s: {await output}{await error}");
        }
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running verb (serve); the caller reads its output and stops it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = Process.Start(Info(environment, args))!;
        process.StandardInput.Close();
        return process;
    }

    private static ProcessStartInfo Info(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return psi;
    }
}
