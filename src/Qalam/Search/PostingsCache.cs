namespace Qalam.Search;

/// <summary>
/// Decoded postings kept between searches where the index is another process: a common term's blocks are a megabyte
/// across a socket, read again by every search that names it. Entries belong to one generation of the index (a value
/// every index write changes, in the write's transaction); a search first reads the database's generation, in the same
/// round trip as the postings it lacks, and a different one empties the cache. So no search sees postings older than
/// the index it started on, whichever instance wrote them. Oldest entries go first once the budget is spent.
/// </summary>
public sealed class PostingsCache(long budgetBytes = PostingsCache.DefaultBudget)
{
    // About 2.5 million postings with their ranking fields: the common terms of a site of 100,000 posts.
    public const long DefaultBudget = 64L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, TermPostings> _postings = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _generation = -1;
    private long _size;

    public long Generation
    {
        get { lock (_gate) return _generation; }
    }

    /// <summary>This search's own view of a key's postings, if held for the generation and with the parts asked for.</summary>
    public TermPostings? Find(long generation, string key, PostingParts parts)
    {
        lock (_gate)
        {
            if (generation != _generation || !_postings.TryGetValue(key, out var held)) return null;
            return parts == PostingParts.Ids || held.Parts == PostingParts.Documents ? held.Share() : null;
        }
    }

    /// <summary>Takes the database's generation; false (and the cache emptied) when the index changed since.</summary>
    public bool Confirm(long generation)
    {
        lock (_gate)
        {
            if (generation == _generation) return true;
            _postings.Clear();
            _order.Clear();
            (_generation, _size) = (generation, 0);
            return false;
        }
    }

    /// <summary>Keeps postings read for the generation (and read after it was); from another generation they are dropped.</summary>
    public void Keep(long generation, string key, TermPostings postings)
    {
        if (postings.Size > budgetBytes / 4) return; // one term must not push out everything else
        lock (_gate)
        {
            if (generation != _generation) return;
            if (_postings.TryGetValue(key, out var held))
            {
                if (held.Parts == PostingParts.Documents) return;
                _size -= held.Size;
            }
            else _order.Enqueue(key);
            _postings[key] = postings.Share();
            _size += postings.Size;
            while (_size > budgetBytes && _order.TryDequeue(out var oldest))
            {
                if (_postings.Remove(oldest, out var gone)) _size -= gone.Size;
            }
        }
    }
}
