using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Audit;

/// <summary>
/// Audit entries in plain words: «سلمى الورفلي: نشر المقالة «…»», "Salma published the post “…”". The person links to
/// their page and the object to its own; the stored keys (post-published, person:1) stay for the technical details.
/// </summary>
public sealed class AuditText(QalamDb db, IStringLocalizer<AuditStrings> t)
{
    public sealed record Line(AuditEntry Entry, IHtmlContent Sentence);

    private sealed record Named(string Text, string? Href, string? NounKey = null);

    /// <param name="linkPeople">People's pages are for administrators: others see names without links.</param>
    public async Task<IReadOnlyList<Line>> DescribeAsync(IReadOnlyList<AuditEntry> entries, bool linkPeople, CancellationToken ct = default)
    {
        var personIds = entries.Select(e => e.ActorId).OfType<int>().Concat(entries.Select(e => IdOf(e.Subject, "person")).OfType<int>()).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var postIds = entries.Select(e => IdOf(e.Subject, "post") ?? IdOf(e.Details, "post")).OfType<int>().Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => postIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, p.Kind }).ToDictionaryAsync(p => p.Id, ct);
        var keys = entries.Select(e => Key(e.Subject, "confidential")).OfType<Guid>().Distinct().ToList();
        var documents = await db.ConfidentialDocuments.AsNoTracking().Where(d => keys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, d => d.Title, ct);

        var categoryIds = entries.Select(e => IdOf(e.Subject, "category")).OfType<int>().Distinct().ToList();
        var categories = await db.Categories.AsNoTracking().Where(x => categoryIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var tagIds = entries.Select(e => IdOf(e.Subject, "tag")).OfType<int>().Distinct().ToList();
        var tags = await db.Tags.AsNoTracking().Where(x => tagIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);

        Named Person(int id, string? fallback) =>
            new(people.GetValueOrDefault(id) ?? fallback ?? t["Someone"], linkPeople ? $"/admin/people/{id}" : null);

        Named? Post(int? id, string? fallbackTitle)
        {
            if (id is not { } postId) return null;
            if (posts.TryGetValue(postId, out var p)) return new(p.Title, $"/admin/posts/{postId}", "Noun" + p.Kind);
            return new(fallbackTitle ?? "#" + postId.ToString(CultureInfo.InvariantCulture), null, "NounNews");
        }

        Named? ObjectOf(AuditEntry e)
        {
            var subject = e.Subject ?? "";
            if (IdOf(subject, "person") is { } person) return Person(person, null);
            if (subject.StartsWith("post:", StringComparison.Ordinal)) return Post(IdOf(subject, "post"), e.Action == "post-purged" ? e.Details : null);
            if (subject.StartsWith("comment:", StringComparison.Ordinal)) return Post(IdOf(e.Details, "post"), null);
            if (Key(subject, "confidential") is { } key)
                return new(documents.GetValueOrDefault(key) ?? t["UnknownDocument"], $"/admin/organisation/confidential/{key:D}");
            if (subject.StartsWith("category:", StringComparison.Ordinal))
                return IdOf(subject, "category") is { } c && categories.TryGetValue(c, out var category) ? new(category, $"/admin/categories/{c}", "NounCategory")
                    : new(NameIn(e.Details), "/admin/categories", "NounCategory");
            if (subject.StartsWith("tag:", StringComparison.Ordinal))
                return IdOf(subject, "tag") is { } g && tags.TryGetValue(g, out var tag) ? new(tag, $"/admin/tags/{g}", "NounTag")
                    : new(NameIn(e.Details), "/admin/tags", "NounTag");
            if (subject.StartsWith("partner:", StringComparison.Ordinal)) return new(e.Details ?? subject[8..], "/admin/organisation/partners");
            if (subject.StartsWith("transparency:", StringComparison.Ordinal)) return new(e.Details ?? "", "/admin/organisation/transparency");
            if (subject.StartsWith("email:", StringComparison.Ordinal)) return new(subject[6..], null);
            if (e.Action.StartsWith("media-", StringComparison.Ordinal)) return new(Path.GetFileName(subject), "/admin/media");
            return null;
        }

        return entries.Select(e =>
        {
            var actor = e.ActorId is { } id ? Person(id, e.ActorName) : new Named(e.ActorName ?? t["System"], null);
            var target = ObjectOf(e);
            var template = t["Action_" + e.Action];
            if (template.ResourceNotFound) template = t[target is null ? "ActionOther" : "ActionOtherOn"];
            return new Line(e, Compose(template.Value, actor, target));
        }).ToList();
    }

    /// <summary>The sentence with its person ({0}) and object ({1}) as links, everything else encoded text.</summary>
    private IHtmlContent Compose(string template, Named actor, Named? target)
    {
        var html = new HtmlContentBuilder();
        foreach (var part in System.Text.RegularExpressions.Regex.Split(template, @"(\{[01]\})"))
        {
            if (part == "{0}") html.AppendHtml(Link(actor, quoted: false));
            else if (part == "{1}") html.AppendHtml(target is null ? HtmlString.Empty : Object(target));
            else html.Append(part);
        }
        return html;
    }

    private IHtmlContent Object(Named target)
    {
        var html = new HtmlContentBuilder();
        if (target.NounKey is { } noun) html.Append(t[noun] + " ");
        return html.AppendHtml(Link(target, quoted: target.NounKey is not null));
    }

    private IHtmlContent Link(Named named, bool quoted)
    {
        var text = HtmlEncoder.Default.Encode(named.Text);
        var inner = $"<bdi>{text}</bdi>";
        if (quoted) inner = string.Format(CultureInfo.InvariantCulture, t["Quoted"], inner);
        return new HtmlString(named.Href is null ? inner : $"<a href=\"{HtmlEncoder.Default.Encode(named.Href)}\">{inner}</a>");
    }

    private static int? IdOf(string? value, string kind) =>
        value is not null && value.StartsWith(kind + ":", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(kind.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static Guid? Key(string? value, string kind) =>
        value is not null && value.StartsWith(kind + ":", StringComparison.Ordinal) && Guid.TryParse(value.AsSpan(kind.Length + 1), out var key) ? key : null;

    /// <summary>Term entries carry the name, or "old → new" for a change: the name it has now is the last one.</summary>
    private static string NameIn(string? details) => details?.Split(" → ").Last().Trim() ?? "";
}
