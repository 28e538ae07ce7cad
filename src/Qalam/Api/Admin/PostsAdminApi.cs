using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Api.Admin;

/// <summary>
/// Posts through a token: the same checks as the admin's editor (<see cref="PostRights"/> for whose post, which kind,
/// which status; a numbered statement keeps its kind and text) and the same writer, so an API save is an admin save.
/// </summary>
public static class PostsAdminApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var posts = api.MapGroup("/posts").WithTags("Admin: posts").RequireAuthorization(Policies.Staff);
        posts.MapGet("/", ListAsync).RequireAuthorization(TokenScopes.Policy(TokenScopes.PostsRead))
            .WithSummary("List the posts the token's person may see, newest change first").Produces<List<AdminPostView>>();
        posts.MapGet("/{id:int}", GetAsync).RequireAuthorization(TokenScopes.Policy(TokenScopes.PostsRead))
            .WithSummary("One post, with its version (also the ETag)").Produces<AdminPostView>().ProducesProblem(404);
        var write = TokenScopes.Policy(TokenScopes.PostsWrite);
        posts.MapPost("/", CreateAsync).RequireAuthorization(write).Accepts<AdminPostInput>("application/json")
            .WithSummary("Create a post (a draft unless status says otherwise)").Produces<AdminPostView>(201).ProducesProblem(400).ProducesProblem(403);
        posts.MapPatch("/{id:int}", UpdateAsync).RequireAuthorization(write).Accepts<AdminPostInput>("application/json")
            .WithSummary("Change a post's fields; needs the version read (If-Match or version)")
            .Produces<AdminPostView>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        posts.MapPost("/{id:int}/status", ChangeStatusAsync).RequireAuthorization(write).Accepts<AdminStatusInput>("application/json")
            .WithSummary("Publish, schedule, unpublish or trash a post").Produces<AdminPostView>().ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(412);
        posts.MapPost("/{id:int}/translations", TranslateAsync).RequireAuthorization(write).Accepts<AdminTranslationInput>("application/json")
            .WithSummary("Start a translation: a draft in another language, linked to the post").Produces<AdminPostView>(201)
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        posts.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(write)
            .WithSummary("Move a post to the trash (purged after 30 days)").Produces(204).ProducesProblem(403).ProducesProblem(404).ProducesProblem(412);
    }

    private static async Task<IResult> ListAsync(HttpContext http, QalamDb db, int? page, CancellationToken ct)
    {
        var skip = (Math.Max(page ?? 1, 1) - 1) * 20;
        var posts = await Query(db).AsNoTracking().Where(PostRights.ListedFor(http.User)).OrderByDescending(p => p.UpdatedUtc).Skip(skip).Take(20).ToListAsync(ct);
        return TypedResults.Ok(posts.Select(AdminPostView.Of).ToList());
    }

    private static async Task<IResult> GetAsync(HttpContext http, QalamDb db, int id, CancellationToken ct)
    {
        var post = await Query(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(http.User, post.AuthorId)) return AdminApiProblems.Result(http, 404, "NotFound");
        http.Response.Headers.ETag = AdminApiJson.ETag(post.Version);
        return TypedResults.Ok(AdminPostView.Of(post));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, QalamDb db, PostWriter writer, SiteContext site, CancellationToken ct)
    {
        var (input, bad) = await AdminApiJson.ReadAsync<AdminPostInput>(http, ct);
        if (input is null) return bad!;
        var target = input.Status is null ? PostStatus.Draft : AdminPostNames.TargetOf(input.Status);
        if (target is null or PostStatus.Trash) return AdminApiProblems.Result(http, 400, "InvalidStatus");
        var post = new Post { Title = "", Slug = "", AuthorId = Policies.IdOf(http.User) ?? 0 };
        return await new PostSave(http, db, writer, site).RunAsync(post, input, target.Value, ct);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, QalamDb db, PostWriter writer, SiteContext site, int id, CancellationToken ct)
    {
        var (input, bad) = await AdminApiJson.ReadAsync<AdminPostInput>(http, ct);
        if (input is null) return bad!;
        var post = await Query(db).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(http.User, post.AuthorId)) return AdminApiProblems.Result(http, 404, "NotFound");
        if (input.Status is not null) return AdminApiProblems.Result(http, 400, "InvalidStatus");
        // "Save" keeps the status; a scheduled post stays scheduled (publishing it again re-checks its time).
        var target = post.Status == PostStatus.Scheduled ? PostStatus.Published : post.Status;
        return await new PostSave(http, db, writer, site).RunAsync(post, input, target, ct);
    }

    /// <summary>As the editor's «أضف ترجمة»: whoever may edit the post and create posts of its kind.</summary>
    private static async Task<IResult> TranslateAsync(HttpContext http, QalamDb db, PostWriter writer, Localization.Languages languages, int id, CancellationToken ct)
    {
        var (input, bad) = await AdminApiJson.ReadAsync<AdminTranslationInput>(http, ct);
        if (input is null) return bad!;
        var post = await Query(db).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(http.User, post.AuthorId)) return AdminApiProblems.Result(http, 404, "NotFound");
        if (!PostRights.CanEdit(http.User, post.AuthorId, post.Status) || !PostRights.CanUseKind(http.User, post.Kind)) return AdminApiProblems.Result(http, 403, "TranslateNotAllowed");
        if (languages.Find(input.Language) is not { } language)
        {
            return AdminApiProblems.Result(http, 400, "InvalidLanguage", input.Language ?? "", string.Join(", ", languages.All.Select(l => l.Code)));
        }
        var draft = await writer.AddTranslationAsync(post, language.Code, Policies.IdOf(http.User) ?? 0, ct);
        if (draft is null) return AdminApiProblems.Result(http, 409, "TranslationExists", language.Code);
        http.Response.Headers.ETag = AdminApiJson.ETag(draft.Version);
        return TypedResults.Created($"/api/v1/admin/posts/{draft.Id}", AdminPostView.Of(draft));
    }

    private static async Task<IResult> ChangeStatusAsync(HttpContext http, QalamDb db, PostWriter writer, TimeProvider clock, int id, CancellationToken ct)
    {
        var (input, bad) = await AdminApiJson.ReadAsync<AdminStatusInput>(http, ct);
        if (input is null) return bad!;
        return await MoveAsync(http, db, writer, clock, id, input, ct);
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, QalamDb db, PostWriter writer, TimeProvider clock, int id, CancellationToken ct)
    {
        var result = await MoveAsync(http, db, writer, clock, id, new AdminStatusInput("trash", null, null), ct);
        return result is IStatusCodeHttpResult { StatusCode: 200 } ? TypedResults.NoContent() : result;
    }

    private static async Task<IResult> MoveAsync(HttpContext http, QalamDb db, PostWriter writer, TimeProvider clock, int id, AdminStatusInput input, CancellationToken ct)
    {
        var post = await Query(db).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(http.User, post.AuthorId)) return AdminApiProblems.Result(http, 404, "NotFound");
        if (AdminPostNames.TargetOf(input.Status) is not { } target) return AdminApiProblems.Result(http, 400, "InvalidStatus");
        var schedule = input.Status.StartsWith("schedule", StringComparison.OrdinalIgnoreCase);
        if (schedule && !(input.PublishAt > clock.GetUtcNow())) return AdminApiProblems.Result(http, 400, "ScheduleNeedsTime");
        if (!PostRights.CanMoveTo(http.User, post.AuthorId, post.Status, target) || !PostRights.CanUseKind(http.User, post.Kind))
        {
            return AdminApiProblems.Result(http, 403, "StatusNotAllowed");
        }
        var version = AdminApiJson.IfMatchVersion(http.Request) ?? input.Version;
        if (version is { } v && v != post.Version) return AdminApiProblems.Result(http, 412, "VersionStale", post.Version);
        if (schedule) post.PublishedUtc = input.PublishAt;
        // Publishing now a post that was waiting for its time: now is its time.
        else if (target == PostStatus.Published && post.PublishedUtc > clock.GetUtcNow()) post.PublishedUtc = null;
        try
        {
            await writer.MoveAsync([post], target, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminApiProblems.Result(http, 412, "VersionStale", "?");
        }
        http.Response.Headers.ETag = AdminApiJson.ETag(post.Version);
        return TypedResults.Ok(AdminPostView.Of(post));
    }

    internal static IQueryable<Post> Query(QalamDb db) => db.Posts.Include(p => p.Categories).Include(p => p.Tags);
}
