namespace Qalam.Content;

/// <summary>What a translated text belongs to: the site itself (id 1), a category, a tag, another taxonomy's term, a partner.</summary>
public enum TextSubject
{
    Site,
    Category,
    Tag,
    Term,
    Partner,
}

/// <summary>Which of its texts: a name, the site's tagline, a description, the site's menu (its JSON, see <see cref="SiteMenu"/>).</summary>
public enum TextField
{
    Name,
    Tagline,
    Description,
    Menu,
}

/// <summary>
/// A text of a category, tag, term, partner or the site in a language other than the default: the default language's
/// text stays in the entity's own column, and a row exists only while a translation does (empty text removes it, so
/// readers fall back to the default's).
/// </summary>
public sealed class LocalizedText
{
    public int Id { get; set; }
    public TextSubject Subject { get; set; }
    /// <summary>The category's, tag's, term's or partner's id; 1 for the site.</summary>
    public int SubjectId { get; set; }
    public TextField Field { get; set; }
    /// <summary>The language's code ("en").</summary>
    public required string Language { get; set; }
    public required string Text { get; set; }
}
