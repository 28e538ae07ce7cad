using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>One synonym group as search uses it: each member's index terms (a member may be several words).</summary>
public sealed record SynonymGroup(int Id, IReadOnlyList<IReadOnlyList<string>> Members);

/// <summary>
/// The editors' synonym groups, analysed as queries are and held for a minute: edits here take effect at once, on
/// other instances within the minute. A query term in a group also searches for the group's other members.
/// </summary>
public sealed class Synonyms(TimeProvider clock)
{
    /// <summary>At most this many alternative queries: a query naming many grouped words stays cheap.</summary>
    public const int MaxVariants = 8;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly char[] Separators = [',', '،', ';', '؛', '\n', '\r'];
    private (IReadOnlyList<SynonymGroup> Groups, DateTimeOffset Until)? _cached;

    /// <summary>The members an editor typed, trimmed, empty ones and repeats left out.</summary>
    public static IReadOnlyList<string> Split(string? words) =>
        (words ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The members as stored and shown: joined by the Arabic comma.</summary>
    public static string Join(IEnumerable<string> members) => string.Join("، ", members);

    /// <summary>Members with at least one searchable word, by their terms; two spellings that analyse alike count once.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Analyse(string words) =>
        Split(words).Select(w => (IReadOnlyList<string>)SearchAnalyzer.Terms(w)).Where(t => t.Count > 0)
            .DistinctBy(t => string.Join(' ', t)).ToList();

    public async Task<IReadOnlyList<SynonymGroup>> ListAsync(QalamDb db, CancellationToken ct)
    {
        if (_cached is { } c && c.Until > clock.GetUtcNow()) return c.Groups;
        var rows = await db.SearchSynonyms.AsNoTracking().Select(s => new { s.Id, s.Words }).ToListAsync(ct);
        var groups = rows.Select(r => new SynonymGroup(r.Id, Analyse(r.Words))).Where(g => g.Members.Count > 1).ToList();
        _cached = (groups, clock.GetUtcNow() + Lifetime);
        return groups;
    }

    /// <summary>Called after an edit, so this instance's next search sees it.</summary>
    public void Forget() => _cached = null;

    /// <summary>
    /// The query's terms and its alternatives: for each group with a member whose terms are all in the query (the
    /// longest such member), each other member in their place. The query itself comes first.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expand(IReadOnlyList<string> terms, IReadOnlyList<SynonymGroup> groups)
    {
        List<IReadOnlyList<string>> variants = [terms];
        foreach (var group in groups)
        {
            var matched = group.Members.Where(m => m.All(terms.Contains)).OrderByDescending(m => m.Count).FirstOrDefault();
            if (matched is null) continue;
            var next = new List<IReadOnlyList<string>>();
            foreach (var variant in variants)
            {
                foreach (var member in group.Members)
                {
                    if (next.Count >= MaxVariants) break;
                    next.Add(member == matched ? variant : variant.Except(matched).Concat(member).Distinct(StringComparer.Ordinal).ToList());
                }
            }
            variants = next;
        }
        return variants.DistinctBy(v => string.Join(' ', v.Order(StringComparer.Ordinal))).ToList();
    }
}
