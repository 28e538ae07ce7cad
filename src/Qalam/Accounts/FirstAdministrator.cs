using Qalam.Cli;
using Qalam.Content;

namespace Qalam.Accounts;

/// <summary>
/// Hands over the first administrator's generated password: printed once on the console (never through the logger, so
/// it never reaches log files) when the site is listening, not before (a start that fails would lose it), and kept in an
/// owner-only file in the data directory until that person first signs in.
/// </summary>
public static class FirstAdministrator
{
    public const string FileName = "first-admin-password.txt";

    /// <summary>Writes the owner-only file and returns its path; the console hears of it only once the site listens.</summary>
    public static string Keep(string email, string password, string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, options);
        writer.WriteLine($"email: {email}");
        writer.WriteLine($"password: {password}");
        writer.WriteLine("This file is deleted when this person first signs in.");
        return path;
    }

    public static void Print(string email, string password, string path)
    {
        Console.WriteLine();
        Console.WriteLine($"  {CliStrings.Get("FirstAdminCreated")}");
        Console.WriteLine($"    {CliStrings.Get("FirstAdminEmail")} {email}");
        Console.WriteLine($"    {CliStrings.Get("FirstAdminPassword")} {password}");
        Console.WriteLine($"  {CliStrings.Get("FirstAdminOnce", path)}");
        Console.WriteLine($"  {CliStrings.Get("FirstAdminMore")}");
        Console.WriteLine();
    }

    /// <summary>On a later start, before that first sign-in: where the password is, never the password itself.</summary>
    public static void RemindIfUnclaimed(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path)) Console.WriteLine(CliStrings.Get("FirstAdminStillInFile", path));
    }

    /// <summary>Deletes the file once the person it names has signed in: the password is theirs now.</summary>
    public static void ForgetAfterSignIn(Person person, string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path)) return;
        var first = File.ReadLines(path).FirstOrDefault() ?? "";
        if (string.Equals(first, $"email: {person.Email}", StringComparison.OrdinalIgnoreCase)) File.Delete(path);
    }
}
