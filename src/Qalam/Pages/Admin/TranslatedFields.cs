using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Pages.Admin;

/// <summary>
/// One text of a category, tag, partner or the site in each of the site's other languages, as a form shows and sends
/// it: inputs named <c>{Name}[{code}]</c> (NameIn[en]), bound to a dictionary by language code.
/// </summary>
/// <param name="Name">The bound property's name (NameIn).</param>
/// <param name="Label">The field's label in the interface language ("Name"), completed with each language's name.</param>
public sealed record TranslatedFields(string Name, string Label, TextField Field, IReadOnlyDictionary<string, string?> Values, int MaxLength, bool Multiline = false)
{
    /// <summary>The languages that get a field: all but the default, whose text is the entity's own.</summary>
    public static IReadOnlyList<Language> Others(Languages languages) => languages.All.Where(l => l != languages.Default).ToList();

    /// <summary>A subject's stored texts of one field, by language code.</summary>
    public static async Task<Dictionary<string, string?>> LoadAsync(QalamDb db, TextSubject subject, int id, TextField field, CancellationToken ct) =>
        await db.LocalizedTexts.AsNoTracking().Where(t => t.Subject == subject && t.SubjectId == id && t.Field == field)
            .ToDictionaryAsync(t => t.Language, t => (string?)t.Text, ct);

    /// <summary>
    /// What the form sent for one field, by language code: its inputs named <c>{name}[{code}]</c>. Read from the form
    /// itself, as a bound dictionary would take every field of a form that sends none with its prefix.
    /// </summary>
    public static Dictionary<string, string?> Posted(IFormCollection form, string name) =>
        form.Keys.Where(k => k.Length > name.Length + 2 && k.StartsWith(name + "[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[(name.Length + 1)..^1], k => (string?)form[k].ToString());

    /// <summary>
    /// The edits a form sent for one field, or one line saying what is wrong: a language the site does not publish in
    /// (the default's text is the entity's own field), or a text too long.
    /// </summary>
    public static string? Read(IDictionary<string, string?> posted, TextField field, int maxLength, Languages languages,
        IStringLocalizer<TranslationStrings> t, List<TextEdit> edits)
    {
        foreach (var (code, text) in posted)
        {
            if (languages.Find(code) is not { } language || language == languages.Default) return string.Format(t["LanguageUnknown"], code);
            if (text?.Trim().Length > maxLength) return string.Format(t["TextTooLong"], language.NativeName, maxLength);
            edits.Add(new TextEdit(field, language.Code, text));
        }
        return null;
    }
}
