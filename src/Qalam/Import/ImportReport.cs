using System.Text;

namespace Qalam.Import;

/// <summary>What an import found in the file and what it did (or, for a dry run, would do).</summary>
public sealed class ImportReport
{
    public bool DryRun { get; init; }
    public string SiteTitle { get; set; } = "";
    public string Source { get; set; } = "";
    public string WxrVersion { get; set; } = "";
    /// <summary>Items in the file by "type/status", e.g. "post/publish": 8.</summary>
    public SortedDictionary<string, int> ItemsByTypeAndStatus { get; } = new(StringComparer.Ordinal);
    public int Authors { get; set; }
    public int Terms { get; set; }
    public int Comments { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Redirects { get; set; }
    public int MediaImported { get; set; }
    /// <summary>Skipped items and why, e.g. "revision (WordPress internal)": 12.</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> UnknownShortcodes { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> UnknownMetaKeys { get; } = new(StringComparer.Ordinal);
    public List<string> MediaNotFound { get; } = [];
    public List<string> MediaRejected { get; } = [];
    /// <summary>Password-protected posts, imported as private (Qalam has no per-post passwords).</summary>
    public List<string> ProtectedMadePrivate { get; } = [];
    /// <summary>Posts whose old slug was taken here (harakat, case or a same-named page made two of them alike), and their new one.</summary>
    public List<string> Renamed { get; } = [];
    /// <summary>Items that could not be imported, each with its WordPress id, title and the reason; the rest went on.</summary>
    public List<string> Failed { get; } = [];
    /// <summary>"Polylang" or "WPML" when the export carries either's languages and translations; null otherwise.</summary>
    public string? TranslationsFrom { get; set; }
    /// <summary>Posts and pages by language code (the site's default for those the export gives none).</summary>
    public SortedDictionary<string, int> PostsByLanguage { get; } = new(StringComparer.Ordinal);
    /// <summary>Posts in languages the site does not publish in (not in Qalam:Languages), by code: imported with their code.</summary>
    public SortedDictionary<string, int> LanguagesNotPublished { get; } = new(StringComparer.Ordinal);
    /// <summary>Translation groups of two or more posts.</summary>
    public int TranslationGroups { get; set; }
    /// <summary>Posts kept without their translation group, because a post of the group came first in the same language.</summary>
    public List<string> TranslationDuplicates { get; } = [];
    /// <summary>Categories and tags the export gives a language, by code; Qalam keeps no language on terms, so this is only reported.</summary>
    public SortedDictionary<string, int> TermLanguages { get; } = new(StringComparer.Ordinal);
    /// <summary>Items the importer will touch (attachments and posts), for the progress bar.</summary>
    public int WorkItems { get; set; }

    public static void Count(SortedDictionary<string, int> counts, string key, int by = 1) =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    /// <summary>The report as plain text, for the terminal.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.AppendLine(DryRun ? "Dry run: nothing was written." : "Import finished.");
        sb.AppendLine($"Site: {SiteTitle} ({Source}), WXR {WxrVersion}");
        sb.AppendLine("Items in the file:");
        foreach (var (key, n) in ItemsByTypeAndStatus) sb.AppendLine($"  {key,-28} {n,7}");
        sb.AppendLine($"Authors {Authors}, terms {Terms}, comments {Comments}");
        var verb = DryRun ? "would be " : "";
        sb.AppendLine($"Posts and media: {Created} {verb}created, {Updated} {verb}updated, {Unchanged} unchanged; {MediaImported} media files {verb}imported; {Redirects} old addresses {verb}redirected");
        if (TranslationsFrom is not null)
        {
            sb.AppendLine($"Languages ({TranslationsFrom}): {Counts(PostsByLanguage)}; {TranslationGroups} translation groups");
            if (LanguagesNotPublished.Count > 0)
            {
                sb.AppendLine($"Posts in languages this site does not publish in: {LanguagesNotPublished.Values.Sum()} ({Counts(LanguagesNotPublished)}), imported with their language code");
            }
            if (TermLanguages.Count > 0)
            {
                sb.AppendLine($"Categories and tags with a language in the export: {TermLanguages.Values.Sum()} ({Counts(TermLanguages)}); not imported, as terms have no language here");
            }
        }
        Section(sb, "Skipped", Skipped.Select(kv => $"{kv.Key}: {kv.Value}"));
        Section(sb, "Unknown shortcodes (left in the text)", UnknownShortcodes.Select(kv => $"[{kv.Key}]: {kv.Value}"));
        Section(sb, "Unknown meta keys (not imported)", UnknownMetaKeys.Select(kv => $"{kv.Key}: {kv.Value}"));
        Section(sb, "Media not found in the uploads", MediaNotFound);
        Section(sb, "Media refused (unknown or unsafe type)", MediaRejected);
        Section(sb, "Password-protected posts imported as private", ProtectedMadePrivate);
        Section(sb, "Given a new slug (the old one was taken)", Renamed);
        Section(sb, "Kept without their translation group (a post of the group in the same language came first)", TranslationDuplicates);
        Section(sb, "Not imported (the rest went on)", Failed);
        return sb.ToString();
    }

    private static string Counts(SortedDictionary<string, int> counts) => string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));

    private static void Section(StringBuilder sb, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        sb.AppendLine($"{heading} ({list.Count}):");
        foreach (var line in list.Take(50)) sb.AppendLine("  " + line);
        if (list.Count > 50) sb.AppendLine($"  … and {list.Count - 50} more");
    }
}
