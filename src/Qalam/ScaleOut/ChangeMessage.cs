using System.Text.Json;
using Qalam.Content;

namespace Qalam.ScaleOut;

/// <summary>
/// A committed change as it travels between instances: what the page evictor needs to name the pages that show it
/// (posts before and after, the terms they joined or left, the other things shown, whether it was site-wide), and
/// who sent it, so an instance does not hear itself.
/// </summary>
internal sealed record ChangeMessage(string Sender, bool SiteWide, string[] Shown, ChangeMessage.Post[] Posts)
{
    internal sealed record Post(int Id, PostFacts? Before, PostFacts? After, TermLink[] Terms);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(string sender, ContentChange change)
    {
        // A change the evictor would answer by evicting everything anyway travels as that, not as its posts.
        var whole = change.SiteWide || change.Posts.Count > Caching.PageEvictor.WholeSiteAbove;
        var message = whole
            ? new ChangeMessage(sender, true, [], [])
            : new ChangeMessage(sender, false, [.. change.Shown],
                [.. change.Posts.Values.Select(p => new Post(p.Id, p.Before, p.After, [.. p.TermsJoinedOrLeft]))]);
        return JsonSerializer.Serialize(message, Json);
    }

    public static ChangeMessage? Read(string text) => JsonSerializer.Deserialize<ChangeMessage>(text, Json);

    public ContentChange ToChange() => new(
        Posts.ToDictionary(p => p.Id, p => new PostChange(p.Id, p.Before, p.After, p.Terms.ToHashSet())),
        Shown.ToHashSet(), SiteWide) { FromElsewhere = true };
}
