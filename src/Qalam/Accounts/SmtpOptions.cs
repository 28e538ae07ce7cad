using System.ComponentModel.DataAnnotations;

namespace Qalam.Accounts;

/// <summary>Outgoing mail (password-reset and invitation links), bound from "Qalam:Smtp". No host: no mail is sent.</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Qalam:Smtp";

    /// <summary>The SMTP server, e.g. smtp.example.org. Empty: mail is off and links are printed by `users reset-link`.</summary>
    public string? Host { get; set; }

    /// <summary>587 (STARTTLS) by default; 465 for TLS on connect.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender, e.g. "Qalam &lt;no-reply@example.org&gt;". Required when Host is set.</summary>
    public string? From { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(From) || !MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("Qalam:Smtp:From must be a valid sender address when Qalam:Smtp:Host is set.", [nameof(From)]);
        }
        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Qalam:Smtp:User and Qalam:Smtp:Password go together.", [nameof(User), nameof(Password)]);
        }
    }
}
