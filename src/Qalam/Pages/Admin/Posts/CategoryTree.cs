using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Pages.Admin.Posts;

/// <summary>Categories in tree order (each parent followed by its children), with their depth for indenting.</summary>
public static class CategoryTree
{
    public sealed record Node(int Id, string Name, string Slug, int? ParentId, int Depth, int PostCount);

    public static async Task<IReadOnlyList<Node>> LoadAsync(QalamDb db, CancellationToken ct)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Slug, c.ParentId, Count = c.Posts.Count }).ToListAsync(ct);
        var result = new List<Node>(all.Count);
        var known = all.Select(c => c.Id).ToHashSet();
        void Add(int? parent, int depth, HashSet<int> seen)
        {
            foreach (var c in all.Where(c => c.ParentId == parent || (depth == 0 && c.ParentId is { } p && !known.Contains(p))))
            {
                if (!seen.Add(c.Id)) continue;
                result.Add(new Node(c.Id, c.Name, c.Slug, c.ParentId, depth, c.Count));
                Add(c.Id, depth + 1, seen);
            }
        }
        Add(null, 0, []);
        return result;
    }

    /// <summary>The category and everything under it: a category cannot become its own descendant's child.</summary>
    public static HashSet<int> Subtree(IReadOnlyList<Node> tree, int id)
    {
        var ids = new HashSet<int> { id };
        bool grew;
        do
        {
            grew = false;
            foreach (var n in tree.Where(n => n.ParentId is { } p && ids.Contains(p))) grew |= ids.Add(n.Id);
        }
        while (grew);
        return ids;
    }
}
