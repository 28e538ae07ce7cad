using System.Security.Claims;
using Qalam.Content;

namespace Qalam.Accounts;

/// <summary>
/// Authorisation policies by capability, as WordPress users know them. Every admin page and API action names one;
/// the server enforces them whatever the interface shows.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person (contributor and up): write own drafts, submit for review.</summary>
    public const string Staff = "staff";
    /// <summary>Author and up: publish own posts, upload media.</summary>
    public const string Publish = "publish";
    /// <summary>Editor and up: everyone's posts, categories, tags, organisation content.</summary>
    public const string EditOthers = "edit-others";
    /// <summary>Administrator: people, roles, settings, audit log, confidential access.</summary>
    public const string Administer = "administer";

    public const string RoleClaim = ClaimTypes.Role;
    public const string StampClaim = "qalam:stamp";
    public const string SessionClaim = "qalam:session";

    public static Role? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(RoleClaim), out var role) && user.Identity?.IsAuthenticated == true ? role : null;

    public static int? IdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool Can(ClaimsPrincipal user, Role atLeast) => RoleOf(user) is { } role && role >= atLeast;
}
