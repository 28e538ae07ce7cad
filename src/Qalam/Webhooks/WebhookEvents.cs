using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Webhooks;

/// <summary>
/// Turns committed changes (the change feed, after the transaction: a rolled-back save is never announced) into
/// webhook events: a post published, updated while public, or unpublished, and a statement numbered. Each event is
/// queued in the database, one row per webhook that wants it, then <see cref="WebhookSender"/> is woken.
/// </summary>
public sealed class WebhookEvents(IServiceScopeFactory scopes, WebhookSender sender, TimeProvider clock, IOptions<QalamOptions> options) : IContentListener
{
    public const string Published = "post.published";
    public const string Updated = "post.updated";
    public const string Unpublished = "post.unpublished";
    public const string StatementNumbered = "statement.numbered";
    public static readonly IReadOnlyList<string> All = [Published, Updated, Unpublished, StatementNumbered];

    public async Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        // Another process's change is announced by that process; an unknown change has no post to describe.
        if (change.FromElsewhere || change.Posts.Count == 0) return;
        var events = change.Posts.Values.SelectMany(EventsOf).ToList();
        if (events.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var hooks = await db.Webhooks.AsNoTracking().Where(w => w.IsActive).ToListAsync(ct);
        if (hooks.Count == 0) return;
        var ids = events.Select(e => e.PostId).Distinct().ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var numbers = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.PostId) && s.Number != null && s.Year != null)
            .ToDictionaryAsync(s => s.PostId, s => new StatementNumber(s.Year!.Value, s.Number!.Value), ct);
        var now = clock.GetUtcNow();
        foreach (var (type, postId) in events)
        {
            if (!posts.TryGetValue(postId, out var post)) continue;
            if (type == StatementNumbered && !numbers.ContainsKey(postId)) continue;
            var eventId = Guid.NewGuid().ToString("N");
            var payload = Payload(eventId, type, now, post, numbers.GetValueOrDefault(postId));
            foreach (var hook in hooks.Where(h => h.Wants(type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery { WebhookId = hook.Id, EventId = eventId, EventType = type, Payload = payload, CreatedUtc = now, NextAttemptUtc = now });
            }
        }
        await db.SaveChangesAsync(ct);
        sender.Wake();
    }

    private static IEnumerable<(string Type, int PostId)> EventsOf(PostChange change)
    {
        var (was, now) = (change.Before?.Public == true, change.After?.Public == true);
        if (change.TermsOnly) yield break;
        if (!was && now)
        {
            yield return (Published, change.Id);
            if (change.After!.Kind == PostKind.Statement) yield return (StatementNumbered, change.Id);
        }
        else if (was && now) yield return (Updated, change.Id);
        else if (was && !now) yield return (Unpublished, change.Id);
    }

    private string Payload(string eventId, string type, DateTimeOffset at, Post post, StatementNumber? number) => JsonSerializer.Serialize(new
    {
        id = eventId,
        type,
        createdUtc = at,
        timestamp = at.ToUnixTimeSeconds(),
        post = new
        {
            id = post.Id, title = post.Title, slug = post.Slug, kind = post.Kind.ToString().ToLowerInvariant(), language = post.Language,
            status = Api.Admin.AdminPostNames.Of(post.Status), url = options.Value.LinkRoot() + Urls.Post(post.Slug, number),
            publishedUtc = post.PublishedUtc, updatedUtc = post.UpdatedUtc, version = post.Version, authorId = post.AuthorId,
        },
        statement = number is { } n ? new { year = n.Year, number = n.Number } : null,
    }, JsonSerializerOptions.Web);
}
