using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Content;

/// <summary>
/// Every translated text of the site (<see cref="LocalizedText"/>) by language: a site has tens of categories and
/// partners, so all of them are read at once and kept in <see cref="SiteCache"/> beside the settings.
/// </summary>
public sealed class LocalizedTexts
{
    private readonly Dictionary<string, Dictionary<(TextSubject, int, TextField), string>> _byLanguage;

    public LocalizedTexts(IEnumerable<LocalizedText> rows) =>
        _byLanguage = rows.GroupBy(r => r.Language, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => (r.Subject, r.SubjectId, r.Field), r => r.Text), StringComparer.OrdinalIgnoreCase);

    public static async Task<LocalizedTexts> LoadAsync(QalamDb db, CancellationToken ct) =>
        new(await db.LocalizedTexts.AsNoTracking().ToListAsync(ct));

    /// <summary>The texts a reader of <paramref name="language"/> sees, falling back to <paramref name="fallback"/>'s (the default's columns).</summary>
    public TextsIn For(Language language, Language fallback) =>
        new(language, fallback, language == fallback ? null : _byLanguage.GetValueOrDefault(language.Code));
}

/// <summary>
/// The translated texts of one language. A text not translated is the default language's, and in HTML it carries that
/// language's lang and dir, so a screen reader pronounces it right and it does not disturb the line's direction.
/// </summary>
public sealed class TextsIn(Language language, Language fallback, IReadOnlyDictionary<(TextSubject, int, TextField), string>? texts)
{
    public Language Language => language;
    public bool IsDefault => language == fallback;

    /// <summary>The translation, or null when there is none (or this is the default language).</summary>
    public string? Find(TextSubject subject, int id, TextField field) => texts?.GetValueOrDefault((subject, id, field));

    /// <summary>Plain text (a title, an attribute): the translation, else the default language's text.</summary>
    public string Text(TextSubject subject, int id, TextField field, string fallbackText) => Find(subject, id, field) ?? fallbackText;

    public string Name(TextSubject subject, int id, string fallbackText) => Text(subject, id, TextField.Name, fallbackText);

    /// <summary>For HTML: the translation, else the default language's text isolated in its own lang and dir.</summary>
    public IHtmlContent Html(TextSubject subject, int id, TextField field, string? fallbackText) =>
        Find(subject, id, field) is { } text ? new HtmlString(Encode(text)) : Isolated(fallbackText);

    public IHtmlContent NameHtml(TextSubject subject, int id, string fallbackText) => Html(subject, id, TextField.Name, fallbackText);

    /// <summary>A text in the default language, in a page of this one: isolated when the languages differ.</summary>
    public IHtmlContent Isolated(string? defaultText) => string.IsNullOrEmpty(defaultText) || IsDefault
        ? new HtmlString(Encode(defaultText ?? ""))
        : new HtmlString($"<span lang=\"{fallback.Code}\" dir=\"{fallback.Direction}\">{Encode(defaultText)}</span>");

    /// <summary>
    /// The public menu in this language: its own when the editors made one, else the default language's (whose labels
    /// are then that language's, <see cref="SiteMenuIn.Fallback"/>).
    /// </summary>
    public SiteMenuIn Menu(string? defaultMenu) => Find(TextSubject.Site, 1, TextField.Menu) is { } own
        ? new SiteMenuIn(SiteMenu.Parse(own), false)
        : new SiteMenuIn(SiteMenu.Parse(defaultMenu), !IsDefault);

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}

/// <summary>A language's menu, and whether it is the default language's shown in its place.</summary>
public sealed record SiteMenuIn(SiteMenu Menu, bool Fallback);
