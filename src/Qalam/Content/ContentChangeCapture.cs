using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Content;

/// <summary>
/// What one save is about to change, read from the change tracker before it writes (when the old values are still
/// known), and completed after it (when new rows have their ids). Things readers never see (sessions, audit, the
/// index, redirects, confidential documents) are not collected.
/// </summary>
public sealed class ContentChangeCapture
{
    private readonly List<(Post Post, PostFacts? Before, PostFacts? After)> _posts = [];
    private readonly List<(IDictionary<string, object> Link, string Kind, string Key)> _links = [];
    private readonly List<Func<string?>> _shownLater = [];
    private readonly Dictionary<int, PostChange> _resolved = [];
    private readonly HashSet<string> _shown = [];
    private bool _siteWide;

    public bool IsEmpty => _posts.Count == 0 && _links.Count == 0 && _shownLater.Count == 0 && _resolved.Count == 0 && _shown.Count == 0 && !_siteWide;

    public void Read(QalamDb db, DateTimeOffset now)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Post post:
                    _posts.Add((post, entry.State == EntityState.Added ? null : Facts(entry, original: true, now),
                        entry.State == EntityState.Deleted ? null : Facts(entry, original: false, now)));
                    break;
                case IDictionary<string, object> link when entry.Metadata.Name is "PostCategories" or "PostTags" or "PostTerms":
                    var (kind, key) = entry.Metadata.Name switch
                    {
                        "PostCategories" => ("category", "CategoriesId"),
                        "PostTags" => ("tag", "TagsId"),
                        _ => ("term", "TermId"),
                    };
                    _links.Add((link, kind, key));
                    break;
                case Category:
                    Both(entry, nameof(Category.Slug), ContentKeys.Category);
                    break;
                case Tag:
                    Both(entry, nameof(Tag.Slug), ContentKeys.Tag);
                    break;
                case Term term:
                    Both(entry, nameof(Term.Slug), slug => ContentKeys.Term(term.Taxonomy, slug));
                    break;
                case Person when entry.State != EntityState.Added:
                    Both(entry, nameof(Person.Slug), ContentKeys.Author);
                    break;
                case SiteSettings or LocalizedText:
                    _siteWide = true;
                    break;
                case Comment comment:
                    _shownLater.Add(() => ContentKeys.Post(comment.PostId));
                    break;
                case Media.MediaItem media when entry.State != EntityState.Added:
                    _shown.Add(ContentKeys.Media(media.Id));
                    break;
                case Partner partner:
                    _shown.Add(ContentKeys.Partners);
                    _shown.Add(ContentKeys.Endorsements);
                    _shownLater.Add(() => ContentKeys.Partner(partner.Id));
                    break;
                case Endorsement endorsement:
                    _shown.Add(ContentKeys.Endorsements);
                    _shown.Add(ContentKeys.Partner((int)entry.OriginalValues[nameof(Endorsement.PartnerId)]!));
                    _shownLater.Add(() => ContentKeys.Partner(endorsement.PartnerId));
                    _shownLater.Add(() => ContentKeys.Post(endorsement.PostId));
                    break;
                case Statement statement:
                    _shown.Add(ContentKeys.Statements);
                    _shownLater.Add(() => ContentKeys.Post(statement.PostId));
                    break;
                case StatementVersion version:
                    _shown.Add(ContentKeys.Statements);
                    _shownLater.Add(() => ContentKeys.Post(version.StatementPostId));
                    break;
                case StatementAddendum addendum:
                    _shown.Add(ContentKeys.Statements);
                    _shownLater.Add(() => ContentKeys.Post(addendum.StatementPostId));
                    break;
                case TransparencyDocument:
                    _shown.Add(ContentKeys.Transparency);
                    break;
            }
        }
    }

    /// <summary>After the save: new rows have ids now, so the posts and links can be named.</summary>
    public ContentChangeCapture Resolve()
    {
        foreach (var (post, before, after) in _posts) Add(new PostChange(post.Id, before, after, new HashSet<TermLink>()));
        foreach (var (link, kind, key) in _links)
        {
            if (link.TryGetValue("PostsId", out var p) && p is int postId && link.TryGetValue(key, out var t) && t is int termId)
            {
                var change = _resolved.TryGetValue(postId, out var known) ? known : new PostChange(postId, null, null, new HashSet<TermLink>());
                ((HashSet<TermLink>)change.TermsJoinedOrLeft).Add(new TermLink(kind, termId));
                _resolved[postId] = change;
            }
        }
        foreach (var later in _shownLater)
        {
            if (later() is { } key) _shown.Add(key);
        }
        _posts.Clear();
        _links.Clear();
        _shownLater.Clear();
        return this;
    }

    /// <summary>Adds a later save of the same transaction: a post keeps its first "before" and its last "after".</summary>
    public void Merge(ContentChangeCapture other)
    {
        foreach (var change in other._resolved.Values) Add(change);
        _shown.UnionWith(other._shown);
        _siteWide |= other._siteWide;
    }

    /// <summary>Adds what a writer changed outside the change tracker (rows written in bulk).</summary>
    public void Include(ContentChange change)
    {
        foreach (var post in change.Posts.Values) Add(post);
        _shown.UnionWith(change.Shown);
        _siteWide |= change.SiteWide;
    }

    public ContentChange ToChange() => new(new Dictionary<int, PostChange>(_resolved), new HashSet<string>(_shown), _siteWide);

    private void Add(PostChange later)
    {
        if (!_resolved.TryGetValue(later.Id, out var earlier))
        {
            _resolved[later.Id] = later;
            return;
        }
        var links = new HashSet<TermLink>(earlier.TermsJoinedOrLeft);
        links.UnionWith(later.TermsJoinedOrLeft);
        // A save that only linked terms knows neither side of the post; the other save's facts stand.
        _resolved[later.Id] = LinksOnly(earlier) ? later with { TermsJoinedOrLeft = links }
            : LinksOnly(later) ? earlier with { TermsJoinedOrLeft = links }
            : new PostChange(later.Id, earlier.Before, later.After, links);
    }

    private static bool LinksOnly(PostChange c) => c.Before is null && c.After is null;

    private void Both(EntityEntry entry, string property, Func<string, string> key)
    {
        if (entry.State != EntityState.Added && entry.Property(property).OriginalValue is string before) _shown.Add(key(before));
        if (entry.State != EntityState.Deleted && entry.Property(property).CurrentValue is string after) _shown.Add(key(after));
    }

    private static PostFacts Facts(EntityEntry entry, bool original, DateTimeOffset now)
    {
        T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
        var probe = new Post
        {
            Title = "", Slug = "",
            Status = Value<PostStatus>(nameof(Post.Status)),
            Kind = Value<PostKind>(nameof(Post.Kind)),
            PublishedUtc = Value<DateTimeOffset?>(nameof(Post.PublishedUtc)),
        };
        // A scheduled post that came due was public by the clock, but pages cached before that moment do not show it:
        // its publication counts as an arrival, whichever comes first, the publisher's write or the cache's own check.
        var wasPublic = ContentQueries.IsPublicAt(probe, now) && !(original && probe.Status == PostStatus.Scheduled);
        return new PostFacts(wasPublic, Value<int>(nameof(Post.AuthorId)), probe.PublishedUtc, probe.Kind);
    }
}
