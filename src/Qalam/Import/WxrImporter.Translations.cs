using Microsoft.EntityFrameworkCore;
using Qalam.Content;

namespace Qalam.Import;

// Languages and translation groups from Polylang's or WPML's data, resolved per batch in memory: the plan pass knows
// every group's posts, so a batch needs one query for the members imported before it (and none when there are none).
public sealed partial class WxrImporter
{
    private WxrTranslations _translations = new();
    /// <summary>This batch's posts that belong to a translation group, by WordPress id.</summary>
    private readonly Dictionary<string, Post> _batchTranslated = new(StringComparer.Ordinal);
    /// <summary>WordPress id → post id of the grouped posts committed so far in this run (or found from an earlier run).</summary>
    private readonly Dictionary<string, int> _translatedIds = new(StringComparer.Ordinal);
    /// <summary>The groups this batch's posts were in before: one that keeps a single post is no translation any more.</summary>
    private readonly HashSet<int> _batchLeft = [];

    /// <summary>
    /// The language and group the export gives the item, also when the item itself is unchanged (another post of its
    /// group may have joined or left). Without Polylang or WPML data, an updated post keeps its own.
    /// </summary>
    private void ApplyLanguage(Post post, WxrItem item)
    {
        if (_translations.Plugin is null) return;
        var member = _translations.Of(item.PostId);
        var language = LanguageCode(member?.Language);
        if (post.Language != language) post.Language = language;
        if (post.TranslationGroupId is { } old) _batchLeft.Add(old);
        if (member?.Group is not null) _batchTranslated[item.PostId] = post;
        else if (post.TranslationGroupId is not null) post.TranslationGroupId = null;
    }

    /// <summary>One of the site's languages by its code; a language it does not list keeps its code; none is the default.</summary>
    private string LanguageCode(string? code) => code is null ? languages.Default.Code : languages.Find(code)?.Code ?? code;

    /// <summary>
    /// Before the batch saves: every group a post of the batch is in gets its id, on the batch's posts and on the group's
    /// posts imported before (their change is saved and announced with the batch).
    /// </summary>
    private async Task LinkTranslationsAsync(CancellationToken ct)
    {
        var assigned = await LinkGroupsAsync(ct);
        var left = _batchLeft.Where(id => !assigned.Contains(id)).ToList();
        if (left.Count == 0) return;
        // Tracked posts answer with their values in memory, so the batch's own posts, which left, are not counted.
        var rest = (await db.Posts.Where(p => p.TranslationGroupId != null && left.Contains(p.TranslationGroupId.Value)).ToListAsync(ct))
            .Where(p => p.TranslationGroupId is { } g && left.Contains(g));
        foreach (var alone in rest.GroupBy(p => p.TranslationGroupId).Where(g => g.Count() < 2).SelectMany(g => g)) alone.TranslationGroupId = null;
    }

    /// <summary>The groups of this batch's posts, linked; their ids.</summary>
    private async Task<HashSet<int>> LinkGroupsAsync(CancellationToken ct)
    {
        var assigned = new HashSet<int>();
        if (_batchTranslated.Count == 0) return assigned;
        var groups = _batchTranslated.Keys.Select(id => _translations.Of(id)!.Group!).Distinct().ToList();
        var others = groups.SelectMany(_translations.Members).Where(id => !_batchTranslated.ContainsKey(id)).ToList();
        var unknown = others.Where(id => !_translatedIds.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            var rows = await db.ImportedItems.Where(i => i.Source == _run.Source && i.ItemType == "post" && unknown.Contains(i.SourceId))
                .Select(i => new { i.SourceId, i.TargetId }).ToListAsync(ct);
            foreach (var row in rows) _translatedIds[row.SourceId] = row.TargetId;
        }
        var ids = others.Where(_translatedIds.ContainsKey).Select(id => _translatedIds[id]).ToList();
        var earlier = ids.Count == 0 ? [] : await db.Posts.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var group in groups)
        {
            var present = _translations.Members(group)
                .Select(id => _batchTranslated.GetValueOrDefault(id) ?? (_translatedIds.TryGetValue(id, out var pid) ? earlier.GetValueOrDefault(pid) : null))
                .OfType<Post>().ToList();
            // The original is the post in the site's default language; without one, the post the group began with here.
            int? groupId = present.Count < 2 ? null
                : present.FirstOrDefault(p => languages.IsDefault(p.Language))?.Id ?? present.Min(p => p.Id);
            foreach (var post in present.Where(p => p.TranslationGroupId != groupId)) post.TranslationGroupId = groupId;
            if (groupId is { } id) assigned.Add(id);
        }
        return assigned;
    }

    /// <summary>After the batch commits: its grouped posts' ids, for the batches after it.</summary>
    private void RememberTranslated()
    {
        foreach (var (id, post) in _batchTranslated) _translatedIds[id] = post.Id;
    }

    /// <summary>The report's language lines, from the whole file (a dry run says the same).</summary>
    private void ReportLanguages(WxrTranslations translations, ImportReport report)
    {
        if (translations.Plugin is null) return;
        report.TranslationsFrom = translations.Plugin;
        foreach (var member in translations.Posts)
        {
            var code = LanguageCode(member.Language);
            ImportReport.Count(report.PostsByLanguage, code);
            if (languages.Find(code) is null) ImportReport.Count(report.LanguagesNotPublished, code);
        }
        if (translations.Unmarked > 0) ImportReport.Count(report.PostsByLanguage, languages.Default.Code, translations.Unmarked);
        report.TranslationGroups = translations.GroupCount;
        foreach (var d in translations.Duplicates)
        {
            report.TranslationDuplicates.Add($"{d.PostId} «{d.Title}» ({LanguageCode(d.Language)})");
        }
        foreach (var code in translations.TermLanguages.Values) ImportReport.Count(report.TermLanguages, code);
    }
}
