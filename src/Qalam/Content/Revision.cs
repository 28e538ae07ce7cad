namespace Qalam.Content;

/// <summary>A snapshot kept by every save of a post.</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public int PostId { get; set; }
    public Post Post { get; set; } = null!;
    public required string Title { get; set; }
    public string BodyHtml { get; set; } = "";
    public string? Excerpt { get; set; }
    public int? SavedById { get; set; }
    public DateTimeOffset SavedUtc { get; set; }
}
