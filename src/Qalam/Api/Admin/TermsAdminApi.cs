using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Api.Admin;

/// <summary>Categories and tags through a token: editors and up (as the admin's term pages), through <see cref="TermWriter"/>.</summary>
public static class TermsAdminApi
{
    public sealed record TermView(int Id, string Name, string Slug, int? ParentId);

    /// <summary>A term to create or change; an empty slug is made from the name.</summary>
    public sealed record TermInput(string? Name, string? Slug, int? ParentId, string? Description);

    public static void Map(RouteGroupBuilder api)
    {
        var terms = api.MapGroup("/").WithTags("Admin: categories and tags").RequireAuthorization(Policies.EditOthers, TokenScopes.Policy(TokenScopes.TermsWrite));
        terms.MapPost("/categories", CreateCategoryAsync).Accepts<TermInput>("application/json").WithSummary("Create a category")
            .Produces<TermView>(201).ProducesProblem(400).ProducesProblem(403).ProducesProblem(409);
        terms.MapPatch("/categories/{id:int}", UpdateCategoryAsync).Accepts<TermInput>("application/json").WithSummary("Rename or move a category (the old address redirects)")
            .Produces<TermView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        terms.MapDelete("/categories/{id:int}", DeleteCategoryAsync).WithSummary("Delete a category; its posts join moveTo")
            .Produces(204).ProducesProblem(404).ProducesProblem(409);
        terms.MapPost("/tags", CreateTagAsync).Accepts<TermInput>("application/json").WithSummary("Create a tag")
            .Produces<TermView>(201).ProducesProblem(400).ProducesProblem(403).ProducesProblem(409);
        terms.MapPatch("/tags/{id:int}", UpdateTagAsync).Accepts<TermInput>("application/json").WithSummary("Rename a tag (the old address redirects)")
            .Produces<TermView>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        terms.MapDelete("/tags/{id:int}", DeleteTagAsync).WithSummary("Delete a tag, or merge it into mergeInto")
            .Produces(204).ProducesProblem(404);
    }

    private static async Task<IResult> CreateCategoryAsync(HttpContext http, QalamDb db, TermWriter writer, CancellationToken ct)
    {
        var (input, problem) = await ReadAsync(http, db.Categories.Select(c => c.Slug), null, ct);
        if (problem is not null) return problem;
        var category = new Category { Name = input!.Name!.Trim(), Slug = input.Slug!, ParentId = input.ParentId, Description = input.Description?.Trim() };
        await writer.CreateCategoryAsync(category, ct);
        return TypedResults.Created($"/api/v1/admin/categories/{category.Id}", new TermView(category.Id, category.Name, category.Slug, category.ParentId));
    }

    private static async Task<IResult> UpdateCategoryAsync(HttpContext http, QalamDb db, TermWriter writer, int id, CancellationToken ct)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category) return AdminApiProblems.Result(http, 404, "NotFound");
        var (input, problem) = await ReadAsync(http, db.Categories.Where(c => c.Id != id).Select(c => c.Slug), category.Slug, ct);
        if (problem is not null) return problem;
        await writer.UpdateCategoryAsync(category, input!.Name!, input.Slug!, input.ParentId ?? category.ParentId, input.Description ?? category.Description, ct);
        return TypedResults.Ok(new TermView(category.Id, category.Name, category.Slug, category.ParentId));
    }

    private static async Task<IResult> DeleteCategoryAsync(HttpContext http, QalamDb db, TermWriter writer, int id, int? moveTo, CancellationToken ct)
    {
        var category = await db.Categories.Include(c => c.Posts).ThenInclude(p => p.Categories).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return AdminApiProblems.Result(http, 404, "NotFound");
        var target = moveTo is { } m && m != id ? await db.Categories.FirstOrDefaultAsync(c => c.Id == m, ct) : null;
        if (category.Posts.Count > 0 && target is null) return AdminApiProblems.Result(http, 409, "CategoryHasPosts");
        await writer.DeleteCategoryAsync(category, target, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateTagAsync(HttpContext http, QalamDb db, TermWriter writer, CancellationToken ct)
    {
        var (input, problem) = await ReadAsync(http, db.Tags.Select(t => t.Slug), null, ct);
        if (problem is not null) return problem;
        var tag = await writer.CreateTagAsync(input!.Name!, input.Slug!, ct);
        return TypedResults.Created($"/api/v1/admin/tags/{tag.Id}", new TermView(tag.Id, tag.Name, tag.Slug, null));
    }

    private static async Task<IResult> UpdateTagAsync(HttpContext http, QalamDb db, TermWriter writer, int id, CancellationToken ct)
    {
        if (await db.Tags.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } tag) return AdminApiProblems.Result(http, 404, "NotFound");
        var (input, problem) = await ReadAsync(http, db.Tags.Where(t => t.Id != id).Select(t => t.Slug), tag.Slug, ct);
        if (problem is not null) return problem;
        await writer.UpdateTagAsync(tag, input!.Name!, input.Slug!, ct);
        return TypedResults.Ok(new TermView(tag.Id, tag.Name, tag.Slug, null));
    }

    private static async Task<IResult> DeleteTagAsync(HttpContext http, QalamDb db, TermWriter writer, int id, int? mergeInto, CancellationToken ct)
    {
        var tag = await db.Tags.Include(t => t.Posts).ThenInclude(p => p.Tags).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null) return AdminApiProblems.Result(http, 404, "NotFound");
        var into = mergeInto is { } m && m != id ? await db.Tags.FirstOrDefaultAsync(t => t.Id == m, ct) : null;
        await writer.DeleteTagAsync(tag, into, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The body with its slug made (from the slug given, or the name) and checked free among <paramref name="others"/>.</summary>
    private static async Task<(TermInput? Input, IResult? Problem)> ReadAsync(HttpContext http, IQueryable<string> others, string? current, CancellationToken ct)
    {
        var (input, bad) = await AdminApiJson.ReadAsync<TermInput>(http, ct);
        if (input is null) return (null, bad);
        var name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name;
        var slug = Slug.FromText(string.IsNullOrWhiteSpace(input.Slug) ? name ?? current ?? "" : Slug.Normalize(input.Slug));
        if (name is null || slug.Length == 0) return (null, AdminApiProblems.Result(http, 400, "NameRequired"));
        if (await others.AnyAsync(s => s == slug, ct)) return (null, AdminApiProblems.Result(http, 409, "SlugTaken", slug));
        return (input with { Name = name, Slug = slug }, null);
    }
}
