using System.Text.RegularExpressions;

namespace Qalam.Import;

/// <summary>
/// What an export says about languages and translations, gathered by the plan pass from the whole file, so each batch
/// of the import resolves its posts' groups in memory. Two shapes are read:
/// Polylang puts each post in its language with a term of the <c>language</c> taxonomy (slug "en") and in its
/// translation group with a term of <c>post_translations</c> (slug "pll_…"), whose description is the PHP-serialized
/// group (language slug → post id); categories and tags that have translations are listed the same way in
/// <c>term_translations</c>. WPML keeps languages in its own tables, which WordPress's exporter does not write; WPML
/// Export and Import adds them to each item as post meta (<c>_wpml_import_language_code</c>,
/// <c>_wpml_import_translation_group</c>, <c>_wpml_import_source_language_code</c>).
/// </summary>
internal sealed partial class WxrTranslations
{
    public const string WpmlLanguage = "_wpml_import_language_code";
    public const string WpmlGroup = "_wpml_import_translation_group";
    public const string WpmlSource = "_wpml_import_source_language_code";

    /// <summary>A post of the export: its language code as the export gives it (null: none), its group (null: no translation).</summary>
    public sealed record Member(string PostId, string Title, string? Language, string? Group);

    private readonly Dictionary<string, Member> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _groups = new(StringComparer.Ordinal);
    /// <summary>Polylang: post id → its group, from the groups' descriptions (an item normally names its group itself).</summary>
    private readonly Dictionary<string, string> _listed = new(StringComparer.Ordinal);
    private readonly List<Member> _duplicates = [];
    private bool _resolved;

    /// <summary>"Polylang" or "WPML" when the export carries either's data; null otherwise (posts keep the site's default).</summary>
    public string? Plugin { get; private set; }
    /// <summary>Category and tag ids (WordPress's) → the language the export gives them (Polylang's term translation groups).</summary>
    public Dictionary<string, string> TermLanguages { get; } = new(StringComparer.Ordinal);

    /// <summary>Polylang's own taxonomies: read here, never imported as terms.</summary>
    public static bool IsInternalTaxonomy(string taxonomy) => taxonomy is "language" or "post_translations" or "term_language" or "term_translations";

    public void Add(WxrTerm term)
    {
        switch (term.Taxonomy)
        {
            case "language":
                Plugin ??= "Polylang";
                break;
            case "post_translations":
                foreach (var (_, id) in PhpSerialized.IntegersByKey(term.Description)) _listed.TryAdd(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "pll:" + term.Slug);
                break;
            case "term_translations":
                foreach (var (language, id) in PhpSerialized.IntegersByKey(term.Description))
                {
                    if (CodeOf(language) is { } code) TermLanguages.TryAdd(id.ToString(System.Globalization.CultureInfo.InvariantCulture), code);
                }
                break;
        }
    }

    /// <summary>A post or page the import will bring in, in file order (which decides the first of two posts in one language).</summary>
    public void Add(WxrItem item)
    {
        string? language = null, group = null;
        foreach (var term in item.Terms)
        {
            if (term.Domain == "language") language ??= term.Slug;
            else if (term.Domain == "post_translations") group ??= "pll:" + term.Slug;
        }
        if (language is not null || group is not null) Plugin = "Polylang";
        group ??= _listed.GetValueOrDefault(item.PostId);
        var (wpmlLanguage, wpmlGroup) = (item.MetaValue(WpmlLanguage), item.MetaValue(WpmlGroup));
        if (wpmlLanguage is { Length: > 0 } || wpmlGroup is { Length: > 0 })
        {
            Plugin ??= "WPML";
            language ??= wpmlLanguage is { Length: > 0 } ? wpmlLanguage : null;
            group ??= wpmlGroup is { Length: > 0 } ? "wpml:" + wpmlGroup : null;
        }
        // Only posts the export says something about are kept: an export without either plugin costs a count.
        if (language is null && group is null)
        {
            Unmarked++;
            return;
        }
        var member = new Member(item.PostId, System.Net.WebUtility.HtmlDecode(item.Title), CodeOf(language), group);
        if (!_posts.TryAdd(item.PostId, member)) return;
        if (group is null) return;
        if (!_groups.TryGetValue(group, out var members)) _groups[group] = members = [];
        members.Add(item.PostId);
    }

    /// <summary>
    /// Once, before the posts pass: a second post of a language in a group leaves the group (the first in the file keeps
    /// it), and a group left with one post is no translation.
    /// </summary>
    /// <param name="defaultLanguage">The site's default, the language of a post that names none.</param>
    public void Resolve(string defaultLanguage)
    {
        if (_resolved) return;
        _resolved = true;
        foreach (var (key, members) in _groups)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in members.ToList())
            {
                if (seen.Add(_posts[id].Language ?? defaultLanguage)) continue;
                members.Remove(id);
                _duplicates.Add(_posts[id]);
                _posts[id] = _posts[id] with { Group = null };
            }
            if (members.Count > 1) continue;
            foreach (var id in members) _posts[id] = _posts[id] with { Group = null };
            members.Clear();
        }
        foreach (var key in _groups.Where(g => g.Value.Count == 0).Select(g => g.Key).ToList()) _groups.Remove(key);
    }

    public Member? Of(string postId) => _posts.GetValueOrDefault(postId);

    /// <summary>The group's posts (WordPress ids), one per language, in file order.</summary>
    public IReadOnlyList<string> Members(string group) => _groups.TryGetValue(group, out var members) ? members : [];

    /// <summary>Posts the export gives a language or a group.</summary>
    public IEnumerable<Member> Posts => _posts.Values;
    /// <summary>Posts it gives neither (in the site's default language).</summary>
    public int Unmarked { get; private set; }
    public int GroupCount => _groups.Count;
    /// <summary>Posts kept without their group: another post of the group is in the same language.</summary>
    public IReadOnlyList<Member> Duplicates => _duplicates;

    /// <summary>A language code as Qalam keeps it ("pt_BR" → "pt-br"), or null when the text is not one.</summary>
    public static string? CodeOf(string? text)
    {
        var code = text?.Trim().Replace('_', '-').ToLowerInvariant();
        return code is { Length: >= 2 and <= 8 } && CodeShape().IsMatch(code) ? code : null;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{1,4})*$")]
    private static partial Regex CodeShape();
}
