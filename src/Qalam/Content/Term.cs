namespace Qalam.Content;

/// <summary>
/// A term of a taxonomy other than categories and tags (e.g. a WordPress site's "series" or "region"),
/// kept in its own taxonomy so nothing is folded into tags on import.
/// </summary>
public sealed class Term
{
    public int Id { get; set; }
    /// <summary>The taxonomy's machine name, e.g. "series".</summary>
    public required string Taxonomy { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int? ParentId { get; set; }
    public Term? Parent { get; set; }
    public List<Post> Posts { get; set; } = [];
}
