using System.Text.Json.Serialization;

namespace Qalam.Api.WordPress;

// WordPress's own REST shapes (wp/v2, as WordPress 6.1 documents them), so tools written for a WordPress site read
// Qalam unchanged. Field names are WordPress's, hence snake_case; only the "view" context's public fields.

/// <summary>WordPress's { "rendered": … } wrapper; <c>protected</c> only on content and excerpt.</summary>
public sealed record WpRendered(
    [property: JsonPropertyName("rendered")] string Rendered,
    [property: JsonPropertyName("protected"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Protected = null);

public sealed record WpLink(
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("embeddable"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Embeddable = null,
    [property: JsonPropertyName("taxonomy"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Taxonomy = null,
    [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonPropertyName("templated"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Templated = null);

/// <summary>A post or a page (<c>type</c> "post" or "page"); pages have no categories, tags, sticky or format.</summary>
public sealed record WpPost
{
    [JsonPropertyName("id")] public required int Id { get; init; }
    [JsonPropertyName("date")] public required string Date { get; init; }
    [JsonPropertyName("date_gmt")] public required string DateGmt { get; init; }
    [JsonPropertyName("guid")] public required WpRendered Guid { get; init; }
    [JsonPropertyName("modified")] public required string Modified { get; init; }
    [JsonPropertyName("modified_gmt")] public required string ModifiedGmt { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "publish";
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("link")] public required string Link { get; init; }
    [JsonPropertyName("title")] public required WpRendered Title { get; init; }
    [JsonPropertyName("content")] public required WpRendered Content { get; init; }
    [JsonPropertyName("excerpt")] public required WpRendered Excerpt { get; init; }
    [JsonPropertyName("author")] public required int Author { get; init; }
    [JsonPropertyName("featured_media")] public required int FeaturedMedia { get; init; }
    [JsonPropertyName("parent"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Parent { get; init; }
    [JsonPropertyName("menu_order"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? MenuOrder { get; init; }
    [JsonPropertyName("comment_status")] public string CommentStatus { get; init; } = "closed";
    [JsonPropertyName("ping_status")] public string PingStatus { get; init; } = "closed";
    [JsonPropertyName("sticky"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? Sticky { get; init; }
    [JsonPropertyName("template")] public string Template { get; init; } = "";
    [JsonPropertyName("format"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Format { get; init; }
    [JsonPropertyName("meta")] public IReadOnlyList<object> Meta { get; init; } = [];
    [JsonPropertyName("categories"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<int>? Categories { get; init; }
    [JsonPropertyName("tags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<int>? Tags { get; init; }
    [JsonPropertyName("_links")] public required IReadOnlyDictionary<string, IReadOnlyList<WpLink>> Links { get; init; }
    [JsonPropertyName("_embedded"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public WpEmbedded? Embedded { get; init; }
}

/// <summary>What <c>_embed</c> adds: the author, the featured media, and the post's terms (categories, then tags).</summary>
public sealed record WpEmbedded(
    [property: JsonPropertyName("author")] IReadOnlyList<WpUser> Author,
    [property: JsonPropertyName("wp:featuredmedia"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WpMedia>? FeaturedMedia,
    [property: JsonPropertyName("wp:term"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IReadOnlyList<WpTerm>>? Terms);

/// <summary>A category (<c>taxonomy</c> "category", with <c>parent</c>) or a tag ("post_tag").</summary>
public sealed record WpTerm
{
    [JsonPropertyName("id")] public required int Id { get; init; }
    [JsonPropertyName("count")] public required int Count { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("link")] public required string Link { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("taxonomy")] public required string Taxonomy { get; init; }
    [JsonPropertyName("parent"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Parent { get; init; }
    [JsonPropertyName("meta")] public IReadOnlyList<object> Meta { get; init; } = [];
    [JsonPropertyName("_links")] public required IReadOnlyDictionary<string, IReadOnlyList<WpLink>> Links { get; init; }
}

/// <summary>A user's public fields: what WordPress shows anyone (never an email or a role).</summary>
public sealed record WpUser
{
    [JsonPropertyName("id")] public required int Id { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("url")] public string Url { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("link")] public required string Link { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("avatar_urls")] public IReadOnlyDictionary<string, string> AvatarUrls { get; init; } = new Dictionary<string, string>();
    [JsonPropertyName("meta")] public IReadOnlyList<object> Meta { get; init; } = [];
    [JsonPropertyName("_links")] public required IReadOnlyDictionary<string, IReadOnlyList<WpLink>> Links { get; init; }
}

public sealed record WpMediaDetails(
    [property: JsonPropertyName("width"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Width,
    [property: JsonPropertyName("height"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Height,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sizes")] IReadOnlyDictionary<string, object> Sizes);

/// <summary>An attachment: only media that a public post features.</summary>
public sealed record WpMedia
{
    [JsonPropertyName("id")] public required int Id { get; init; }
    [JsonPropertyName("date")] public required string Date { get; init; }
    [JsonPropertyName("date_gmt")] public required string DateGmt { get; init; }
    [JsonPropertyName("guid")] public required WpRendered Guid { get; init; }
    [JsonPropertyName("modified")] public required string Modified { get; init; }
    [JsonPropertyName("modified_gmt")] public required string ModifiedGmt { get; init; }
    [JsonPropertyName("slug")] public required string Slug { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "inherit";
    [JsonPropertyName("type")] public string Type { get; init; } = "attachment";
    [JsonPropertyName("link")] public required string Link { get; init; }
    [JsonPropertyName("title")] public required WpRendered Title { get; init; }
    [JsonPropertyName("author")] public int Author { get; init; }
    [JsonPropertyName("comment_status")] public string CommentStatus { get; init; } = "closed";
    [JsonPropertyName("ping_status")] public string PingStatus { get; init; } = "closed";
    [JsonPropertyName("template")] public string Template { get; init; } = "";
    [JsonPropertyName("meta")] public IReadOnlyList<object> Meta { get; init; } = [];
    [JsonPropertyName("description")] public required WpRendered Description { get; init; }
    [JsonPropertyName("caption")] public required WpRendered Caption { get; init; }
    [JsonPropertyName("alt_text")] public required string AltText { get; init; }
    [JsonPropertyName("media_type")] public required string MediaType { get; init; }
    [JsonPropertyName("mime_type")] public required string MimeType { get; init; }
    [JsonPropertyName("media_details")] public required WpMediaDetails MediaDetails { get; init; }
    [JsonPropertyName("post")] public int? Post { get; init; }
    [JsonPropertyName("source_url")] public required string SourceUrl { get; init; }
    [JsonPropertyName("_links")] public required IReadOnlyDictionary<string, IReadOnlyList<WpLink>> Links { get; init; }
}
