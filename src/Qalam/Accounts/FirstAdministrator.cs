using Qalam.Content;

namespace Qalam.Accounts;

/// <summary>
/// Hands over the first administrator's generated password: printed once on the console (never through the logger, so
/// it never reaches log files) and kept in an owner-only file in the data directory until that person first signs in.
/// </summary>
public static class FirstAdministrator
{
    public const string FileName = "first-admin-password.txt";

    public static void Announce(string email, string password, string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine($"email: {email}");
            writer.WriteLine($"password: {password}");
            writer.WriteLine("This file is deleted when this person first signs in.");
        }
        Console.WriteLine();
        Console.WriteLine("  First start: an administrator account was created. Sign in later at /admin with:");
        Console.WriteLine($"    email:    {email}");
        Console.WriteLine($"    password: {password}");
        Console.WriteLine($"  This password is shown only once; until the first sign-in it is also in {path} (readable by its owner only).");
        Console.WriteLine("  Add more people with `Qalam users add`.");
        Console.WriteLine();
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
