using Qalam.Content;

namespace Qalam.Import;

// A batch's new posts are written in bulk, with the rows a batch only adds: tracking each post, its term links and their
// snapshots was most of a batch's save. What the change tracker would have told the search index and the content feed
// is told here, inside the batch's transaction.
public sealed partial class WxrImporter
{
    /// <summary>This batch's new posts, with the custom terms each joins (categories and tags are on the post).</summary>
    private readonly List<(Post Post, List<Term> Terms)> _newPosts = [];

    /// <summary>A new post: written in bulk, its id reserved ahead.</summary>
    private async Task<Post> AddNewPostAsync(CancellationToken ct)
    {
        // Written in bulk, past the save that would give it the default language: given here.
        var post = new Post { Id = await _keys.NextAsync<Post>(ct), Title = "", Slug = "", Language = languages.Default.Code };
        _bulk.Add(post);
        _newPosts.Add((post, []));
        return post;
    }

    private bool IsNewInBatch(Post post) => _newPosts.Count > 0 && ReferenceEquals(_newPosts[^1].Post, post);

    /// <summary>Links a new post to a custom term in bulk; false when it was linked already.</summary>
    private bool LinkNew(Post post, Term term)
    {
        var terms = _newPosts[^1].Terms;
        if (terms.Contains(term)) return false;
        terms.Add(term);
        _bulk.AddLink("PostTerms", post, term);
        return true;
    }

    /// <summary>Once the post is complete: its categories and tags (the export's and its hashtags') as join rows.</summary>
    private void LinkNewTerms(Post post)
    {
        foreach (var category in post.Categories) _bulk.AddLink("PostCategories", post, category);
        foreach (var tag in post.Tags) _bulk.AddLink("PostTags", post, tag);
    }

    /// <summary>After the bulk rows are written: the new posts go into the search index and the batch's change.</summary>
    private async Task TellAboutNewPostsAsync(CancellationToken ct)
    {
        if (_newPosts.Count == 0) return;
        await search.AddWrittenAsync(db, _newPosts.Select(p => p.Post), ct);
        var now = clock.GetUtcNow();
        var posts = new Dictionary<int, PostChange>();
        foreach (var (post, terms) in _newPosts)
        {
            var links = post.Categories.Select(c => new TermLink("category", c.Id)).Concat(post.Tags.Select(t => new TermLink("tag", t.Id)))
                .Concat(terms.Select(t => new TermLink("term", t.Id))).ToHashSet();
            var after = new PostFacts(ContentQueries.IsPublicAt(post, now), post.AuthorId, post.PublishedUtc, post.Kind);
            posts[post.Id] = new PostChange(post.Id, null, after, links);
        }
        changes.Include(db, new ContentChange(posts, new HashSet<string>(), false));
    }
}
