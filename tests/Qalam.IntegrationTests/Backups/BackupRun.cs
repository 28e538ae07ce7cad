using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Backups;

/// <summary>The backup verbs as an operator runs them: their own process, the passphrase typed on standard input.</summary>
public static class BackupRun
{
    public const string Passphrase = "زيتونة على الشرفة 2026";

    public static Task<QalamProcess.Result> BackupAsync(string data, string file, string? passphrase = Passphrase) =>
        QalamProcess.RunAsync(passphrase, "backup", file, "--data", data);

    public static Task<QalamProcess.Result> VerifyAsync(string file) => QalamProcess.RunAsync(null, "backup", "verify", file);

    public static Task<QalamProcess.Result> RestoreAsync(string file, string data, string? passphrase = Passphrase) =>
        QalamProcess.RunAsync(passphrase, "restore", file, "--data", data);

    public static void Succeeded(QalamProcess.Result run) => Assert.True(run.ExitCode == 0, run.Output + run.Error);
}
