using System.Linq.Expressions;
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

    /// <summary>
    /// The post list, as WordPress shows it: editors and administrators everyone's posts, authors their own and
    /// others' published ones, contributors their own. Filters and counts apply on top of this.
    /// </summary>
    public static Expression<Func<Post, bool>> ListedFor(ClaimsPrincipal user)
    {
        var id = Policies.IdOf(user) ?? 0;
        return Policies.RoleOf(user) switch
        {
            Role.Editor or Role.Administrator => p => true,
            Role.Author => p => p.AuthorId == id || p.Status == PostStatus.Published,
            Role.Contributor => p => p.AuthorId == id,
            _ => p => false,
        };
    }

    /// <summary>
    /// Which kinds a person may create, or change a post to or from: news for contributors and up (the status rules
    /// still apply); pages, statements and endorsements speak for the organisation, so editors and administrators only.
    /// </summary>
    public static bool CanUseKind(ClaimsPrincipal user, PostKind kind) => kind switch
    {
        PostKind.News => Policies.Can(user, Role.Contributor),
        PostKind.Page or PostKind.Statement or PostKind.Endorsement => Policies.Can(user, Role.Editor),
        _ => false,
    };

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
