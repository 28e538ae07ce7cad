namespace Qalam.Content;

/// <summary>Someone who writes for the site, signs in to the admin, or both.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public required string DisplayName { get; set; }
    public required string Slug { get; set; }
    public string? Email { get; set; }
    /// <summary>Upper-cased, trimmed email used for unique look-ups.</summary>
    public string? NormalizedEmail { get; set; }
    public string? Bio { get; set; }
    public string? AvatarUrl { get; set; }
    public Role Role { get; set; } = Role.Author;
    /// <summary>Null: cannot sign in (imported authors until invited).</summary>
    public string? PasswordHash { get; set; }
    /// <summary>Changes on password change and on "sign out everywhere"; cookies carrying an old stamp are rejected.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntilUtc { get; set; }
    public string? TwoFactorSecret { get; set; }
    public bool TwoFactorEnabled { get; set; }
    /// <summary>The authenticator's last accepted 30-second step: each code is accepted once, and never one older than it.</summary>
    public long? LastTwoFactorStep { get; set; }
    /// <summary>Hashed one-time recovery codes, separated by ';'.</summary>
    public string? RecoveryCodes { get; set; }
    /// <summary>Admin interface language: the code of one of the site's languages (Qalam:Languages); another reads as the default.</summary>
    public string UiLanguage { get; set; } = "ar";
    public DateTimeOffset CreatedUtc { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>Capabilities as WordPress users know them; higher values include the lower ones.</summary>
public enum Role
{
    Contributor = 0,
    Author = 1,
    Editor = 2,
    Administrator = 3,
}
