namespace Qalam.Content;

/// <summary>Every public address Qalam makes, in one place; Arabic slugs are percent-encoded here (RFC 3986).</summary>
public static class Urls
{
    public static string Post(string slug) => "/" + Slug.Encode(slug);

    /// <summary>Where a listed post lives: a numbered statement at its one official address, every other post at its slug.</summary>
    public static string Post(PostSummary post) => Post(post.Slug, post.Statement);

    /// <summary>The same rule for a post known by its slug and, when it is a numbered statement, its number.</summary>
    public static string Post(string slug, StatementNumber? statement) => statement is { } n ? Statement(n) : Post(slug);

    /// <summary>
    /// Where a post lives, in its own language: an Arabic post at /slug, an English one at /en/slug (a numbered
    /// statement's translation at /en/statements/2026/3). A language the site does not list has no prefix.
    /// </summary>
    public static string Post(PostSummary post, Localization.Languages languages) => InLanguage(languages, post.Language, Post(post));

    /// <summary>The same for a post known by its slug, language and, for a numbered statement, its number.</summary>
    public static string Post(string slug, string language, StatementNumber? statement, Localization.Languages languages) =>
        InLanguage(languages, language, Post(slug, statement));

    /// <summary>A path under a language's prefix, when the site lists the language and it is not the default.</summary>
    public static string InLanguage(Localization.Languages languages, string? language, string path) =>
        languages.Find(language) is { } l ? languages.Path(l, path) : path;

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
