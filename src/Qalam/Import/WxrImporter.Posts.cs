using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;

namespace Qalam.Import;

// Posts and pages: content, status, dates, terms, SEO fields, comments and every old address.
public sealed partial class WxrImporter
{
    private async Task<bool> ImportPostAsync(WxrEntry entry, CancellationToken ct)
    {
        if (entry is not WxrItem item || SkipReason(item) is not null) return false;
        var ready = _prepared.GetValue(item, Prepare);
        var (hash, body, analysed) = (ready.Hash, ready.Body, ready.Search);
        var imported = await FindImportedAsync("post", item.PostId, ct);
        var post = imported is null ? null : await db.Posts.Include(p => p.Categories).Include(p => p.Tags).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == imported.TargetId, ct);
        if (post is not null && imported!.ContentHash == hash)
        {
            ApplyLanguage(post, item);
            _run.Report.Unchanged++;
            return true;
        }
        var isNew = post is null;
        // Its id now, so the batch writes the post with its status, audit line, redirects and comments.
        post ??= await AddNewPostAsync(ct);
        ApplyLanguage(post, item);
        await FillPostAsync(post, item, body, isNew, ct);
        if (analysed is not null) search.OfferAhead(db, analysed);
        if (isNew) _run.Report.Created++;
        else _run.Report.Updated++;
        await ApplyStatusAsync(post, item, ct);
        await RecordImportedAsync("post", item.PostId, item.Guid, post.Id, hash, ct);
        // The post's own new address is not an old one.
        var own = RedirectPaths.Normalize(Urls.Post(post.Slug));
        foreach (var old in ready.OldPaths.Where(p => p != own)) await KeepAsync(old, RedirectTarget.Post, post.Id, ct);
        await ImportCommentsAsync(post, item, ready.Comments, isNew, ct);
        if (isNew) LinkNewTerms(post);
        return true;
    }

    private async Task FillPostAsync(Post post, WxrItem item, PostWriter.PreparedBody body, bool isNew, CancellationToken ct)
    {
        post.Title = TitleOf(item);
        post.Kind = item.PostType == "page" ? PostKind.Page : PostKind.News;
        post.AuthorId = await EnsureAuthorAsync(item.Creator.Length > 0 ? item.Creator : "wordpress", null, item.Creator.Length > 0 ? item.Creator : "WordPress", null, ct);
        post.Categories.Clear();
        post.Tags.Clear();
        await AddTermsAsync(post, item, isNew, ct);

        // Most exports have no excerpts: an empty one costs a parse for nothing.
        var excerpt = string.IsNullOrWhiteSpace(item.Excerpt) ? "" : PostBody.ToText(PostBody.Sanitize(item.Excerpt));
        post.Excerpt = excerpt.Length > 0 ? excerpt : null;
        post.IsSticky = item.IsSticky;
        post.SeoTitle = SeoTitle(item, post.Title);
        post.SeoDescription = Trim(item.MetaValue("_yoast_wpseo_metadesc") ?? item.MetaValue("rank_math_description"), 600);
        post.FeaturedMediaId = item.MetaValue("_thumbnail_id") is { } thumb && _run.Attachments.TryGetValue(thumb, out var featured) ? featured.Item.Id : null;
        var requested = RequestedSlug(item);
        // The batch saves once; the status moves after (AfterPostSavedAsync), when the post has its id.
        await writer.StageAsync(post, new PostEdit(body.Body.Html, _run.Options.ImportedById) { Slug = requested ?? "", Disambiguator = item.PostId }, body, ct);
        if (requested is not null && post.Slug != Slug.FromText(Slug.Normalize(requested)))
        {
            _run.Report.Renamed.Add($"{item.PostId} «{post.Title}»: {Slug.Normalize(requested)} → {post.Slug}");
        }

        // The writer stamps "now"; an import keeps the dates the old site had.
        var created = item.DateGmt ?? (item.DateLocal is { } local ? new DateTimeOffset(local, TimeSpan.Zero) : clock.GetUtcNow());
        post.CreatedUtc = created;
        post.UpdatedUtc = item.ModifiedGmt ?? created;
        post.PublishedUtc = item.Status is "draft" or "pending" && item.DateGmt is null ? null : created;
    }

    private async Task AddTermsAsync(Post post, WxrItem item, bool isNew, CancellationToken ct)
    {
        if (!isNew)
        {
            var linked = await db.Terms.Include(t => t.Posts.Where(p => p.Id == post.Id)).Where(t => t.Posts.Any(p => p.Id == post.Id)).ToListAsync(ct);
            foreach (var t in linked) t.Posts.Remove(post);
        }
        foreach (var term in item.Terms)
        {
            var slug = TermSlug(term);
            var name = WebUtility.HtmlDecode(term.Name);
            switch (term.Domain)
            {
                case "category":
                    var category = _run.Terms.TryGetValue($"category:{slug}", out var cid) ? await db.Categories.FindAsync([cid], ct) : null;
                    category ??= await writer.FindOrCreateCategoryAsync(name, slug, ct: ct);
                    if (!post.Categories.Contains(category)) post.Categories.Add(category);
                    break;
                case "post_tag":
                    var tag = _run.Terms.TryGetValue($"post_tag:{slug}", out var tid) ? await db.Tags.FindAsync([tid], ct) : null;
                    tag ??= await writer.FindOrCreateTagAsync(name, slug, ct);
                    if (!post.Tags.Contains(tag)) post.Tags.Add(tag);
                    break;
                case "nav_menu" or "link_category":
                    break;
                case var internalTaxonomy when WxrTranslations.IsInternalTaxonomy(internalTaxonomy):
                    break;
                default:
                    var other = _run.Terms.TryGetValue($"{term.Domain}:{slug}", out var oid) ? await db.Terms.FindAsync([oid], ct) : null;
                    other ??= db.Terms.Local.FirstOrDefault(t => t.Taxonomy == term.Domain && t.Slug == slug)
                        ?? await db.Terms.FirstOrDefaultAsync(t => t.Taxonomy == term.Domain && t.Slug == slug, ct);
                    if (other is null)
                    {
                        other = new Term { Taxonomy = term.Domain, Name = name, Slug = slug };
                        db.Terms.Add(other);
                    }
                    if (IsNewInBatch(post)) LinkNew(post, other);
                    else if (!other.Posts.Contains(post)) other.Posts.Add(post);
                    break;
            }
        }
    }

    private static string TermSlug(WxrItemTerm term) => Slug.Normalize(term.Slug.Length > 0 ? term.Slug : Slug.FromText(term.Name));

    private static string TitleOf(WxrItem item) => WebUtility.HtmlDecode(item.Title) is { Length: > 0 } title ? title : "—";

    /// <summary>Every WordPress status kept as it was; password-protected posts become private.</summary>
    private Task ApplyStatusAsync(Post post, WxrItem item, CancellationToken ct) => writer.MoveAsync(post, StatusOf(item), ct);

    /// <summary>Every WordPress status kept as it was; password-protected posts become private.</summary>
    private static PostStatus StatusOf(WxrItem item) => item.Password is not null ? PostStatus.Private : item.Status switch
    {
        // A post already live stays as it is; one with a future date is scheduled by the writer.
        "publish" or "future" => PostStatus.Published,
        "pending" => PostStatus.PendingReview,
        "private" => PostStatus.Private,
        "trash" => PostStatus.Trash,
        _ => PostStatus.Draft,
    };

    /// <param name="bodies">The comments' bodies, sanitised ahead (<see cref="Prepared.Comments"/>).</param>
    private async Task ImportCommentsAsync(Post post, WxrItem item, IReadOnlyList<string> bodies, bool isNew, CancellationToken ct)
    {
        if (!isNew)
        {
            // Comments come with their post: on an update, the post's imported comments are replaced by the export's.
            var prefix = item.PostId + "/";
            var rows = await db.ImportedItems.Where(i => i.Source == _run.Source && i.ItemType == "comment" && i.SourceId.StartsWith(prefix)).ToListAsync(ct);
            var ids = rows.Select(r => r.TargetId).ToList();
            db.Comments.RemoveRange(await db.Comments.Where(c => ids.Contains(c.Id)).ToListAsync(ct));
            db.ImportedItems.RemoveRange(rows);
        }
        var added = new Dictionary<string, Comment>(StringComparer.Ordinal);
        var n = 0;
        foreach (var c in item.Comments.Where(IsComment))
        {
            var comment = new Comment
            {
                Id = await _keys.NextAsync<Comment>(ct),
                PostId = post.Id,
                AuthorName = WebUtility.HtmlDecode(c.AuthorName),
                AuthorEmail = c.AuthorEmail,
                AuthorUrl = c.AuthorUrl is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? u : null,
                BodyHtml = bodies[n++],
                Status = c.Approved switch { "1" => CommentStatus.Approved, "spam" => CommentStatus.Spam, "trash" or "post-trashed" => CommentStatus.Trash, _ => CommentStatus.Pending },
                CreatedUtc = c.DateGmt ?? post.CreatedUtc,
            };
            _bulk.Add(comment);
            added[c.Id] = comment;
        }
        // After all are added: a reply can come before the comment it answers.
        foreach (var c in item.Comments)
        {
            if (!added.TryGetValue(c.Id, out var comment)) continue;
            if (added.TryGetValue(c.ParentId, out var parent)) comment.ParentId = parent.Id;
            _bulk.Add(new ImportedItem { Source = _run.Source, ItemType = "comment", SourceId = $"{item.PostId}/{c.Id}", TargetId = comment.Id, ImportedUtc = clock.GetUtcNow() });
        }
    }

    /// <summary>Comments proper: pingbacks and trackbacks are left out.</summary>
    private static bool IsComment(WxrComment comment) => comment.Type is "" or "comment";

    /// <summary>The media pass's second save: an attachment's record and redirects need the id its first save made.</summary>
    private async Task FinishPendingAsync(CancellationToken ct)
    {
        if (_run.AfterSave.Count == 0) return;
        foreach (var work in _run.AfterSave) await work(ct);
        _run.AfterSave.Clear();
        await SaveAsync(ct);
    }

    /// <summary>Every address the item had on the old site: link, guid, ?p= and ?page_id=, date-based permalinks, old slugs.</summary>
    private IEnumerable<string> OldAddresses(WxrItem item)
    {
        if (PathOf(item.Link) is { } link) yield return link;
        if (PathOf(item.Guid) is { } guid) yield return guid;
        if (item.PostType == "attachment")
        {
            yield return $"/?attachment_id={item.PostId}";
            if (PathOf(item.AttachmentUrl) is { } file) yield return file;
            yield break;
        }
        yield return $"/?p={item.PostId}";
        if (item.PostType == "page") yield return $"/?page_id={item.PostId}";
        var names = item.Meta.Where(m => m.Key == "_wp_old_slug").Select(m => m.Value).Append(item.PostName).Where(n => n.Length > 0).Distinct();
        foreach (var name in names)
        {
            yield return "/" + name;
            if (item.DateLocal is { } d && item.PostType != "page")
            {
                yield return $"/{d:yyyy}/{d:MM}/{d:dd}/{name}";
                yield return $"/{d:yyyy}/{d:MM}/{name}";
            }
        }
    }

    private string? PathOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var path = uri.AbsolutePath;
        // A site installed in a folder (example.org/news/) keeps its folder out of the new addresses.
        if (Uri.TryCreate(_run.Source, UriKind.Absolute, out var site) && site.AbsolutePath.Length > 1 && path.StartsWith(site.AbsolutePath, StringComparison.OrdinalIgnoreCase))
        {
            path = path[(site.AbsolutePath.TrimEnd('/').Length)..];
        }
        return path + uri.Query;
    }

    private async Task KeepAsync(string fromPath, RedirectTarget kind, int targetId, CancellationToken ct)
    {
        var path = RedirectPaths.Normalize(fromPath);
        if (path == "/") return;
        await writer.KeepRedirectAsync(path, kind, targetId, _batchRedirects.Contains(path), ct);
    }

    /// <summary>
    /// The slug the old site used: none for drafts WordPress never named, and for trashed items the name they had
    /// before WordPress added "__trashed" to free it.
    /// </summary>
    private static string? RequestedSlug(WxrItem item)
    {
        var name = item.PostName;
        if (name.EndsWith("__trashed", StringComparison.Ordinal)) name = item.MetaValue("_wp_desired_post_slug") ?? name[..^"__trashed".Length];
        return name.Length > 0 ? name : null;
    }

    private static string? SeoTitle(WxrItem item, string title)
    {
        var raw = item.MetaValue("_yoast_wpseo_title") ?? item.MetaValue("rank_math_title");
        if (string.IsNullOrWhiteSpace(raw)) return null;
        // Yoast writes %%title%%, Rank Math %title%: the post's own title is the only variable worth keeping.
        var text = raw.Replace("%%title%%", title).Replace("%title%", title);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"%%?[a-z_]+%%?", "").Trim(' ', '-', '|', '–');
        return Trim(text, 300);
    }

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Length <= max ? s.Trim() : s[..max].Trim();
}
