using Qalam.Backups;

namespace Qalam.Cli;

/// <summary>The passphrase that seals the keys in an archive: Qalam:Backups:Passphrase, else one line of standard input.</summary>
internal static class Passphrase
{
    public static string? Read(BackupOptions options)
    {
        if (options.Passphrase is { Length: > 0 } configured) return configured;
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write(CliStrings.Get("PassphrasePrompt"));
            var typed = new System.Text.StringBuilder();
            // Read key by key so the passphrase is not shown on the terminal.
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace && typed.Length > 0) typed.Length--;
                else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
            }
            Console.Error.WriteLine();
            return typed.Length > 0 ? typed.ToString() : null;
        }
        return Console.In.ReadLine() is { Length: > 0 } line ? line : null;
    }
}
