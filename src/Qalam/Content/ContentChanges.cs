namespace Qalam.Content;

/// <summary>
/// The seam between changing content and everything that keeps a copy of what readers see (the page cache, the
/// settings cache, other instances through Redis). It owns one promise: a change is announced once,
/// after its transaction has committed, never before and never for a rollback. <see cref="ContentChangeInterceptor"/>
/// collects the change from what the writers save, so no writer can forget to announce; the search index is not a
/// listener, it is written inside the transaction.
/// </summary>
public sealed class ContentFeed(IServiceProvider services, ILogger<ContentFeed> log)
{
    private long _generation;

    /// <summary>Moves on before listeners run, so a page rendered from data read before the change is never kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// False while changes committed by other instances may not reach this feed (Redis, which carries them, is
    /// unreachable): copies of what readers see are then kept only briefly. Always true on one machine.
    /// </summary>
    public bool HearsOtherInstances { get; set; } = true;

    public async Task AnnounceAsync(ContentChange change, CancellationToken ct = default)
    {
        if (change.IsEmpty) return;
        Interlocked.Increment(ref _generation);
        foreach (var listener in services.GetServices<IContentListener>())
        {
            try
            {
                await listener.OnChangedAsync(change, ct);
            }
            catch (Exception e)
            {
                // The change is committed whatever a copy does; a listener that fails must not fail the writer.
                log.LogError(e, "A listener of the content feed failed on {Change}", change);
            }
        }
    }
}

/// <summary>Keeps a copy of something readers see and brings it up to date after each committed change.</summary>
public interface IContentListener
{
    Task OnChangedAsync(ContentChange change, CancellationToken ct);
}

/// <summary>
/// What one committed unit of work changed. <see cref="Posts"/> says, per post, what it was and is (null: it did not
/// exist); <see cref="Shown"/> names other things pages show (<see cref="ContentKeys"/>); <see cref="SiteWide"/> means
/// something every page shows (settings, menu) changed.
/// </summary>
public sealed record ContentChange(IReadOnlyDictionary<int, PostChange> Posts, IReadOnlySet<string> Shown, bool SiteWide)
{
    /// <summary>A change this process cannot see into (another process wrote): everything may have changed.</summary>
    public static readonly ContentChange Everything = new(new Dictionary<int, PostChange>(), new HashSet<string>(), true);

    /// <summary>Announced here because another process wrote; not to be passed on again.</summary>
    public bool FromElsewhere { get; init; }

    public bool IsEmpty => Posts.Count == 0 && Shown.Count == 0 && !SiteWide;

    public override string ToString() =>
        $"{Posts.Count} post(s) [{string.Join(", ", Posts.Keys.Take(10))}], shown [{string.Join(", ", Shown.Take(10))}]{(SiteWide ? ", site-wide" : "")}";
}

/// <summary>One post before and after the change, and the categories, tags and terms it joined or left.</summary>
public sealed record PostChange(int Id, PostFacts? Before, PostFacts? After, IReadOnlySet<TermLink> TermsJoinedOrLeft)
{
    /// <summary>It could be seen before or after (unknown facts count as visible: better one page too many than a stale one).</summary>
    public bool Visible => Before is null && After is null || Before?.Public == true || After?.Public == true;

    /// <summary>Which lists it belongs to changed: it appeared, left, moved in time, changed author, kind or terms.</summary>
    public bool Moved => TermsJoinedOrLeft.Count > 0 || Before is null || After is null || Before.Public != After.Public
        || Before.AuthorId != After.AuthorId || Before.PublishedUtc != After.PublishedUtc || Before.Kind != After.Kind;

    /// <summary>Only its links to terms changed; the post's own row was not written.</summary>
    public bool TermsOnly => Before is null && After is null && TermsJoinedOrLeft.Count > 0;

    /// <summary>Its place in the stream changed (it appeared, moved in time or kind), so its neighbours have new previous and next links.</summary>
    public bool Reordered => Before is null || After is null || Before.Public != After.Public || Before.PublishedUtc != After.PublishedUtc || Before.Kind != After.Kind;
}

/// <summary>What decides where a post is listed.</summary>
public sealed record PostFacts(bool Public, int AuthorId, DateTimeOffset? PublishedUtc, PostKind Kind);

/// <summary>A post's link to a category, tag or imported term, by id: <see cref="Kind"/> is "category", "tag" or "term".</summary>
public readonly record struct TermLink(string Kind, int Id);

/// <summary>The names the feed and the page cache share for things pages show.</summary>
public static class ContentKeys
{
    public static string Post(int id) => $"post:{id}";
    public static string Author(string slug) => $"author:{slug}";
    public static string Category(string slug) => $"category:{slug}";
    public static string Tag(string slug) => $"tag:{slug}";
    public static string Term(string taxonomy, string slug) => $"term:{taxonomy}:{slug}";
    public static string Partner(int id) => $"partner:{id}";
    public static string Media(int id) => $"media:{id}";
    public const string Partners = "partners";
    public const string Endorsements = "endorsements";
    public const string Statements = "statements";
    public const string Transparency = "transparency";
}
