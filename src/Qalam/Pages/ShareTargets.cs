namespace Qalam.Pages;

/// <summary>A place a reader can share a post to, as a plain link: nothing of theirs loads on our pages.</summary>
public sealed record ShareTarget(string Key, string Href);

/// <summary>The share links under a post: each network's own "share this" address, filled with the post's title and permanent address.</summary>
public static class ShareTargets
{
    public static IReadOnlyList<ShareTarget> For(string title, string absoluteUrl)
    {
        var url = Uri.EscapeDataString(absoluteUrl);
        var text = Uri.EscapeDataString(title);
        return
        [
            new("WhatsApp", $"https://wa.me/?text={Uri.EscapeDataString(title + " " + absoluteUrl)}"),
            new("Telegram", $"https://t.me/share/url?url={url}&text={text}"),
            new("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={url}"),
            new("X", $"https://x.com/intent/post?url={url}&text={text}"),
            new("Email", $"mailto:?subject={text}&body={url}"),
        ];
    }
}
