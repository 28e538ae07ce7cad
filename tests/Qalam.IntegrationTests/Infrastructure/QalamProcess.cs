using System.Diagnostics;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>Runs the real Qalam program (the build copied next to the tests) as a child process, as a user would.</summary>
public static class QalamProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Qalam.dll");

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string? stdin, params string[] args)
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
        using var process = Process.Start(psi)!;
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
