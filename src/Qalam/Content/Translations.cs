using Microsoft.EntityFrameworkCore;
using Qalam.Data;
using Qalam.Localization;

namespace Qalam.Content;

/// <summary>One post of a translation group, as the editor and the post list show it.</summary>
public sealed record TranslationMember(int Id, int GroupId, string Language, string Title, PostStatus Status, PostKind Kind, int AuthorId, DateTimeOffset UpdatedUtc)
{
    /// <summary>The post the group began with: the group carries its id.</summary>
    public bool IsOriginal => Id == GroupId;
}

/// <summary>«ترجمة»: the posts that say the same thing in different languages (trashed ones too: they keep their language's place).</summary>
public sealed record TranslationGroup(int Id, IReadOnlyList<TranslationMember> Members)
{
    public TranslationMember? Original => Members.FirstOrDefault(m => m.IsOriginal);

    /// <summary>A translation last saved before its original's last save: the original changed after it was written.</summary>
    public bool IsStale(TranslationMember member) => Original is { } o && !member.IsOriginal && member.UpdatedUtc < o.UpdatedUtc;

    public bool Has(string language) => Members.Any(m => m.Language == language);

    /// <summary>The site's languages the group has no post in, in the setting's order.</summary>
    public IReadOnlyList<Language> Missing(Languages languages) => languages.All.Where(l => !Has(l.Code)).ToList();

    /// <summary>A post not in any group yet: it alone, so "missing" reads the same for every row.</summary>
    public static TranslationGroup Alone(TranslationMember post) => new(post.Id, [post with { GroupId = post.Id }]);
}

/// <summary>Reading translation groups for the admin: one query for any number of groups.</summary>
public static class Translations
{
    public static async Task<Dictionary<int, TranslationGroup>> GroupsAsync(QalamDb db, IReadOnlyCollection<int> groupIds, CancellationToken ct)
    {
        if (groupIds.Count == 0) return [];
        var members = await db.Posts.AsNoTracking().Where(p => p.TranslationGroupId != null && groupIds.Contains(p.TranslationGroupId.Value))
            .Select(p => new TranslationMember(p.Id, p.TranslationGroupId!.Value, p.Language, p.Title, p.Status, p.Kind, p.AuthorId, p.UpdatedUtc))
            .ToListAsync(ct);
        return members.GroupBy(m => m.GroupId).ToDictionary(g => g.Key, g => new TranslationGroup(g.Key, g.OrderBy(m => m.Id).ToList()));
    }
}
