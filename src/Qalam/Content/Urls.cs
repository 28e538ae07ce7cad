namespace Qalam.Content;

/// <summary>Every public address Qalam makes, in one place; Arabic slugs are percent-encoded here (RFC 3986).</summary>
public static class Urls
{
    public static string Post(string slug) => "/" + Slug.Encode(slug);

    /// <summary>Where a listed post lives: a numbered statement at its one official address, every other post at its slug.</summary>
    public static string Post(PostSummary post) => Post(post.Slug, post.Statement);

    /// <summary>The same rule for a post known by its slug and, when it is a numbered statement, its number.</summary>
    public static string Post(string slug, StatementNumber? statement) => statement is { } n ? Statement(n) : Post(slug);

    public static string Statement(StatementNumber n) => Organisation.OrganisationUrls.Statement(n.Year, n.Number);
    public static string Author(string slug) => "/author/" + Slug.Encode(slug);
    public static string Category(string slug) => "/category/" + Slug.Encode(slug);
    public static string Tag(string slug) => "/tag/" + Slug.Encode(slug);
    public static string Term(string taxonomy, string slug) => "/term/" + Slug.Encode(taxonomy) + "/" + Slug.Encode(slug);
    public static string Month(int year, int month) => $"/{year:D4}/{month:D2}/";
    public static string Media(string storagePath) => "/media/" + string.Join('/', storagePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Adds ?page=N (or removes it for page 1) to a path.</summary>
    public static string Page(string path, int page) => page <= 1 ? path : $"{path}?page={page}";
}
