using Qalam.Content;

namespace Qalam.Pages.Admin;

/// <summary>The admin menu: each entry shows only to roles that can use it (the pages enforce it again on the server).</summary>
public static class AdminNav
{
    public sealed record Item(string Href, string LabelKey, Role MinimumRole);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("/admin", "NavDashboard", Role.Contributor),
        new("/admin/posts", "NavPosts", Role.Contributor),
        new("/admin/comments", "NavComments", Role.Author),
        new("/admin/media", "NavMedia", Role.Author),
        new("/admin/categories", "NavCategories", Role.Editor),
        new("/admin/tags", "NavTags", Role.Editor),
        new("/admin/people", "NavPeople", Role.Administrator),
        new("/admin/settings", "NavSettings", Role.Administrator),
        new("/admin/audit", "NavAudit", Role.Administrator),
        new("/admin/account", "NavAccount", Role.Contributor),
        new("/admin/import", "NavImport", Role.Administrator),
        new("/admin/organisation/statements", "NavStatements", Role.Editor),
        new("/admin/organisation/endorsements", "NavEndorsements", Role.Editor),
        new("/admin/organisation/partners", "NavPartners", Role.Editor),
        new("/admin/organisation/transparency", "NavTransparency", Role.Editor),
        new("/admin/organisation/confidential", "NavConfidential", Role.Administrator),
        new("/admin/documents", "NavDocuments", Role.Contributor),
    ];
}
