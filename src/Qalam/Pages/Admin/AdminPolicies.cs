using Qalam.Accounts;

namespace Qalam.Pages.Admin;

/// <summary>
/// Who may open each admin page and call its handlers: the one table. <see cref="AdminSetup"/> applies it to the pages
/// by convention, so a page model carries no attribute of its own, and a page the table does not name is for
/// administrators only: a forgotten row can close a page, never open it. Rights that depend on the record (whose post,
/// which kind) are <see cref="Content.PostRights"/>'s, checked inside the handlers; <see cref="Fields"/> names them.
/// Tests try every row as every role, and fail when a page model and the table disagree.
/// </summary>
public static class AdminPolicies
{
    /// <summary>Anyone, signed in or not (the sign-in pages themselves).</summary>
    public const string Anonymous = "";

    /// <summary>One admin page: its Razor page name, the least policy that opens it, and who decides more per record.</summary>
    public sealed record PageRule(string Page, string Policy, string? PerRecord = null);

    /// <summary>A form field that carries a right: who may set it, and where that is enforced.</summary>
    public sealed record FieldRule(string Page, string Field, string Rule);

    public static readonly IReadOnlyList<PageRule> Pages =
    [
        new("/Admin/SignIn", Anonymous),
        new("/Admin/Denied", Anonymous),
        new("/Admin/Account/ForgotPassword", Anonymous),
        new("/Admin/Account/ResetPassword", Anonymous),
        new("/Admin/Account/SignInTwoFactor", Anonymous),
        new("/Admin/SignOut", Policies.Staff),
        new("/Admin/Language", Policies.Staff),
        new("/Admin/Index", Policies.Staff),
        new("/Admin/Account/Index", Policies.Staff, "only one's own account"),
        new("/Admin/Account/TwoFactor", Policies.Staff, "only one's own account"),
        new("/Admin/Account/Tokens", Policies.Staff, "only one's own tokens"),
        new("/Admin/Posts/Index", Policies.Staff, "PostRights.ListedFor, CanMoveTo"),
        new("/Admin/Posts/Edit", Policies.Staff, "PostRights.CanSee, CanEdit, CanMoveTo, CanUseKind"),
        new("/Admin/Posts/Preview", Policies.Staff, "PostRights.CanSee"),
        new("/Admin/Posts/Revisions", Policies.Staff, "PostRights.CanSee, CanEdit"),
        new("/Admin/Documents/Index", Policies.Staff, "ConfidentialAccess: documents granted to the person or their role"),
        new("/Admin/Documents/View", Policies.Staff, "ConfidentialAccess: documents granted to the person or their role"),
        new("/Admin/Comments/Index", Policies.Publish, "authors moderate comments on their own posts only"),
        new("/Admin/Media/Index", Policies.Publish, "authors change only their own uploads"),
        new("/Admin/Media/Edit", Policies.Publish, "authors change only their own uploads"),
        new("/Admin/Categories/Index", Policies.EditOthers),
        new("/Admin/Categories/Edit", Policies.EditOthers),
        new("/Admin/Tags/Index", Policies.EditOthers),
        new("/Admin/Tags/Edit", Policies.EditOthers),
        new("/Admin/Search/Synonyms", Policies.EditOthers),
        new("/Admin/Search/Queries", Policies.EditOthers),
        new("/Admin/Organisation/Statements", Policies.EditOthers),
        new("/Admin/Organisation/StatementEdit", Policies.EditOthers),
        new("/Admin/Organisation/StatementManage", Policies.EditOthers),
        new("/Admin/Organisation/StatementCorrect", Policies.EditOthers),
        new("/Admin/Organisation/Endorsements", Policies.EditOthers),
        new("/Admin/Organisation/EndorsementEdit", Policies.EditOthers),
        new("/Admin/Organisation/Partners", Policies.EditOthers),
        new("/Admin/Organisation/Transparency", Policies.EditOthers),
        new("/Admin/Organisation/Confidential", Policies.Administer),
        new("/Admin/Organisation/ConfidentialManage", Policies.Administer),
        new("/Admin/Organisation/Trace", Policies.Administer),
        new("/Admin/People/Index", Policies.Administer),
        new("/Admin/People/Add", Policies.Administer),
        new("/Admin/People/Edit", Policies.Administer),
        new("/Admin/Settings/Index", Policies.Administer),
        new("/Admin/Settings/Menu", Policies.Administer),
        new("/Admin/Audit/Index", Policies.Administer),
        new("/Admin/Import/Index", Policies.Administer),
        new("/Admin/Tokens/Index", Policies.Administer),
        new("/Admin/Webhooks/Index", Policies.Administer),
    ];

    /// <summary>Admin endpoints outside Razor Pages; each maps itself with this policy.</summary>
    public static readonly IReadOnlyList<(string Route, string Policy)> Endpoints =
    [
        ("/admin/media/picker.json", Policies.Publish),
        ("/admin/documents/{key}/download", Policies.Staff),
    ];

    public static readonly IReadOnlyList<FieldRule> Fields =
    [
        new("/Admin/Posts/Edit", "Form.Kind", "News: contributors and up; Page, Statement, Endorsement: editors and up (PostRights.CanUseKind)"),
        new("/Admin/Posts/Edit", "Intent", "publishing and scheduling: authors and up, their own; editors everyone's (PostRights.CanMoveTo)"),
        new("/Admin/Posts/Index", "Action", "bulk status changes: each post by PostRights.CanMoveTo"),
        new("/Admin/People/Edit", "Role", "administrators only (the page's policy)"),
        new("/Admin/Account/Index", "(any)", "never a role, status or email: the form binds only profile fields"),
    ];

    /// <summary>The policy for a page under /Admin: its row's, or administrators only when it has none.</summary>
    public static string PolicyFor(string page) => Pages.FirstOrDefault(r => r.Page == page)?.Policy ?? Policies.Administer;
}
