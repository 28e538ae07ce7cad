using System.Security.Claims;
using Qalam.Accounts;

namespace Qalam.Content;

/// <summary>
/// Who may do what with one post, as WordPress users know it. Every editorial handler asks here, whatever the
/// interface showed: contributors work on their own unpublished posts and can only submit them for review,
/// authors publish their own, editors and administrators everyone's.
/// </summary>
public static class PostRights
{
    /// <summary>Opening a post (editor, preview, revisions): editors everyone's, others their own.</summary>
    public static bool CanSee(ClaimsPrincipal user, int authorId) => Policies.Can(user, Role.Editor) || IsOwn(user, authorId);

    /// <summary>The post list: contributors see only their own posts, authors and up everyone's.</summary>
    public static bool SeesAllInList(ClaimsPrincipal user) => Policies.Can(user, Role.Author);

    public static bool CanEdit(ClaimsPrincipal user, int authorId, PostStatus status) => Policies.RoleOf(user) switch
    {
        Role.Editor or Role.Administrator => true,
        Role.Author => IsOwn(user, authorId),
        // A contributor's post that went live belongs to the editors now.
        Role.Contributor => IsOwn(user, authorId) && status is PostStatus.Draft or PostStatus.PendingReview,
        _ => false,
    };

    /// <summary>Whether the person may move this post to <paramref name="to"/> (publishing covers scheduling).</summary>
    public static bool CanMoveTo(ClaimsPrincipal user, int authorId, PostStatus from, PostStatus to)
    {
        if (!CanEdit(user, authorId, from)) return false;
        if (from == to) return true;
        return Policies.RoleOf(user) switch
        {
            Role.Contributor => to is PostStatus.Draft or PostStatus.PendingReview,
            Role.Author or Role.Editor or Role.Administrator => true,
            _ => false,
        };
    }

    public static bool IsOwn(ClaimsPrincipal user, int authorId) => Policies.IdOf(user) == authorId;
}
