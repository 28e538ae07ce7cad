using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Qalam.Localization;

/// <summary>
/// The languages this site publishes in, from <see cref="QalamOptions.Languages"/> ("ar,en" by default; the first is
/// the default language, whose addresses have no prefix). Everything that lists, links or frames by language asks here.
/// </summary>
public sealed class Languages
{
    public Languages(IOptions<QalamOptions> options)
    {
        All = Parse(options.Value.Languages, out var errors) ?? throw new InvalidOperationException(string.Join(' ', errors));
        Default = All[0];
    }

    public IReadOnlyList<Language> All { get; }
    public Language Default { get; }

    /// <summary>One of the site's languages by its code, or null.</summary>
    public Language? Find(string? code) => code is null ? null : All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The site's language of that code; a code it does not list still gets its own (a post imported in it); none gives the default.</summary>
    public Language Of(string? code) => Find(code) ?? (string.IsNullOrWhiteSpace(code) ? Default : Language.For(code));

    /// <summary>
    /// The site's language whose interface strings a culture looks up (the admin's choice, a cookie's culture): by its
    /// name, else its neutral parent's ("fr-FR" finds "fr"); the default when the site does not list it.
    /// </summary>
    public Language OfInterface(CultureInfo culture) =>
        All.FirstOrDefault(l => l.Interface.Name.Equals(culture.Name, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(l => l.Interface.Name.Equals(culture.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase))
        ?? Default;

    /// <summary>The language the interface speaks in this request (<see cref="CultureInfo.CurrentUICulture"/>), among the site's.</summary>
    public Language Current => OfInterface(CultureInfo.CurrentUICulture);

    public bool IsDefault(string? code) => Find(code) is { } l && l == Default;

    /// <summary>An address in a language: the default's as given, any other's under its prefix ("/en/…").</summary>
    public string Path(Language language, string path) => language == Default ? path : "/" + language.Code + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>The setting's languages in order, or null with one line per problem.</summary>
    public static IReadOnlyList<Language>? Parse(string? setting, out List<string> errors)
    {
        errors = [];
        var list = new List<Language>();
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Language.TryParse(entry, out var error) is not { } language) errors.Add("Qalam:Languages: " + error);
            else if (list.Any(l => l.Code == language.Code)) errors.Add($"Qalam:Languages: \"{language.Code}\" is listed twice.");
            else list.Add(language);
        }
        if (list.Count == 0 && errors.Count == 0) errors.Add("Qalam:Languages: name at least one language, the default first (ar,en).");
        return errors.Count == 0 ? list : null;
    }

    /// <summary>Validates the setting at start, one line per problem.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class SettingAttribute : ValidationAttribute
    {
        protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
            Parse(value as string, out var errors) is null ? new ValidationResult(string.Join(' ', errors), [validationContext.MemberName!]) : ValidationResult.Success;
    }
}
