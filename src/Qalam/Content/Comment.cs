namespace Qalam.Content;

/// <summary>A reader's comment; kept from imports (without the commenter's IP) so a later version can show them.</summary>
public sealed class Comment
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public int? ParentId { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorEmail { get; set; }
    public string? AuthorUrl { get; set; }
    public string BodyHtml { get; set; } = "";
    public CommentStatus Status { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
}

public enum CommentStatus
{
    Pending = 0,
    Approved = 1,
    Spam = 2,
    Trash = 3,
}
