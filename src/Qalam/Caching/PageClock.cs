using Microsoft.AspNetCore.OutputCaching;

namespace Qalam.Caching;

/// <summary>
/// Pages that change at a known moment without any write (the comment form closes N days after publication) say so
/// with <see cref="PageTags.ChangesAt"/>; the first cacheable request after that moment evicts them. Checked against
/// the app's clock on each request, so there is no timer to drift from it.
/// </summary>
public sealed class PageClock(IOutputCacheStore store, TimeProvider clock)
{
    private readonly SortedSet<DateTimeOffset> _moments = [];
    private readonly Lock _lock = new();

    public static string Tag(DateTimeOffset at) => $"at:{at.UtcTicks}";

    public string Register(DateTimeOffset at)
    {
        lock (_lock) _moments.Add(at);
        return Tag(at);
    }

    public async Task EvictDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<DateTimeOffset> due;
        lock (_lock)
        {
            if (_moments.Count == 0 || _moments.Min > now) return;
            due = _moments.GetViewBetween(_moments.Min, now).ToList();
            foreach (var at in due) _moments.Remove(at);
        }
        foreach (var at in due) await store.EvictByTagAsync(Tag(at), ct);
    }
}
