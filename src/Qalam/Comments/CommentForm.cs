namespace Qalam.Comments;

/// <summary>What the public comment form sends. <see cref="Website"/> is the honeypot: hidden from people, filled by robots.</summary>
public sealed class CommentForm
{
    public int PostId { get; set; }
    public int? ReplyTo { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Text { get; set; }
    public string? Website { get; set; }

    public bool IsValid =>
        !string.IsNullOrWhiteSpace(Name) && Name.Trim().Length <= 100
        && !string.IsNullOrWhiteSpace(Email) && Email.Trim().Length <= 254 && System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _)
        && !string.IsNullOrWhiteSpace(Text) && Text.Trim().Length <= CommentText.MaxLength;
}
