using System.Collections.Frozen;
using Qalam.Content;

namespace Qalam.Accounts;

/// <summary>What a new password must be: long enough, not absurdly long, not on the list of common ones, not one's own email or name.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    /// <summary>Hashing cost grows with length: without a cap a 4 MB password costs a second of CPU per attempt.</summary>
    public const int MaxLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(() =>
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Qalam.Accounts.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    });

    /// <summary>The AccountStrings key of the first rule broken (its one argument, if any, is the limit), or null.</summary>
    public static (string Key, int Limit)? Problem(string password, Person? person)
    {
        if (password.Length < MinLength) return ("PasswordTooShort", MinLength);
        if (password.Length > MaxLength) return ("PasswordTooLong", MaxLength);
        if (Common.Value.Contains(password.Trim())) return ("PasswordTooCommon", 0);
        if (person is not null && IsOwn(password, person)) return ("PasswordIsYourName", 0);
        return null;
    }

    private static bool IsOwn(string password, Person person)
    {
        var p = password.Trim();
        var email = person.Email?.Trim() ?? "";
        var local = email.Split('@')[0];
        return Same(p, email) || (local.Length >= 4 && Same(p, local)) || Same(p, person.DisplayName.Trim())
            || Same(p.Replace(" ", "", StringComparison.Ordinal), person.DisplayName.Replace(" ", "", StringComparison.Ordinal));
    }

    private static bool Same(string a, string b) => b.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
