using Qalam.Content;

namespace Qalam.Pages.Admin;

/// <summary>
/// The admin sidebar, grouped as editors think of their work. Each entry shows only to roles that can use it (the pages
/// enforce it again on the server); a group without a heading is a single entry standing on its own.
/// </summary>
public static class AdminNav
{
    /// <summary>One entry; <paramref name="Query"/> (as "Name=Value") tells apart entries on the same page, such as pages in the post list.</summary>
    public sealed record Item(string Href, string LabelKey, Role MinimumRole, string? Query = null)
    {
        public string Url => Query is null ? Href : $"{Href}?{Query}";
    }

    public sealed record Group(string? LabelKey, IReadOnlyList<Item> Items);

    public static readonly Item Dashboard = new("/admin", "NavDashboard", Role.Contributor);

    /// <summary>Sits with the person's name in the header rather than in the sidebar.</summary>
    public static readonly Item Account = new("/admin/account", "NavAccount", Role.Contributor);

    public static readonly IReadOnlyList<Group> Groups =
    [
        new(null, [Dashboard]),
        new("NavGroupContent",
        [
            new("/admin/posts", "NavPosts", Role.Contributor),
            // Pages speak for the organisation: editors and up write them (PostRights.CanUseKind).
            new("/admin/posts", "NavPages", Role.Editor, "Kind=Page"),
            new("/admin/organisation/statements", "NavStatements", Role.Editor),
            new("/admin/organisation/endorsements", "NavEndorsements", Role.Editor),
            new("/admin/organisation/partners", "NavPartners", Role.Editor),
            new("/admin/organisation/transparency", "NavTransparency", Role.Editor),
            new("/admin/comments", "NavComments", Role.Author),
            new("/admin/categories", "NavCategories", Role.Editor),
            new("/admin/tags", "NavTags", Role.Editor),
            new("/admin/search/queries", "NavSearchQueries", Role.Editor),
            new("/admin/search/synonyms", "NavSynonyms", Role.Editor),
        ]),
        new(null, [new("/admin/media", "NavMedia", Role.Author)]),
        new(null, [new("/admin/documents", "NavDocuments", Role.Contributor)]),
        new(null, [new("/admin/people", "NavPeople", Role.Administrator)]),
        new("NavGroupSettings",
        [
            new("/admin/settings", "NavSettings", Role.Administrator),
            new("/admin/import", "NavImport", Role.Administrator),
            new("/admin/webhooks", "NavWebhooks", Role.Administrator),
        ]),
        new("NavGroupSecurity",
        [
            new("/admin/audit", "NavAudit", Role.Administrator),
            new("/admin/tokens", "NavTokens", Role.Administrator),
            new("/admin/organisation/confidential", "NavConfidential", Role.Administrator),
        ]),
    ];

    /// <summary>The groups as this person sees them: entries above their role left out, and groups left empty with them.</summary>
    public static IEnumerable<Group> For(Func<Role, bool> can) =>
        Groups.Select(g => g with { Items = g.Items.Where(i => can(i.MinimumRole)).ToList() }).Where(g => g.Items.Count > 0);

    /// <summary>
    /// The entry the person is on: the one whose address is the longest prefix of the path (an entry's sub-pages
    /// belong to it), and among entries of the same page the one whose query matches. The dashboard only on itself.
    /// </summary>
    public static Item? Current(string path, IQueryCollection query)
    {
        path = path.TrimEnd('/');
        if (path.Length == 0) return null;
        return Groups.SelectMany(g => g.Items).Append(Account)
            .Where(i => i.Href == "/admin" ? path == "/admin" : path == i.Href || path.StartsWith(i.Href + "/", StringComparison.Ordinal))
            .Where(i => i.Query is null || Matches(i.Query, query))
            .OrderByDescending(i => i.Href.Length).ThenByDescending(i => i.Query is not null && Matches(i.Query, query))
            .FirstOrDefault();
    }

    private static bool Matches(string pair, IQueryCollection query)
    {
        var (name, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
        // The post list binds Kind=Page with or without its "Filter." prefix, in any case.
        var given = query[name].FirstOrDefault() ?? query["Filter." + name].FirstOrDefault();
        return string.Equals(given, value, StringComparison.OrdinalIgnoreCase);
    }
}
