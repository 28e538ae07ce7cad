using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qalam.Content;

namespace Qalam.Sharing;

/// <summary>
/// What a post's share card shows, and its address: /cards/{post}/{hash}.png, the hash taken over everything drawn on it,
/// so a changed title, site name, logo or digit style gives a new address and the old image can be cached for ever.
/// A page builds the address from what it already holds; the card itself is drawn on the first request for it.
/// </summary>
public sealed record ShareCard(int PostId, string Title, PostKind Kind, string Language, string SiteName, string? LogoUrl, DigitStyle Digits)
{
    public const int Width = 1200, Height = 630;

    // Raised when the drawing changes, so cards drawn the old way get new addresses.
    private const int Design = 1;

    public static ShareCard For(int postId, string title, PostKind kind, string language, SiteSettings settings) =>
        new(postId, title, kind, language.ToLowerInvariant(), settings.Name, settings.LogoUrl, settings.Digits);

    /// <summary>Drawn from the right in a right-to-left language (Arabic, Persian), from the left otherwise.</summary>
    public bool RightToLeft => Localization.Language.For(Language).RightToLeft;

    public string Hash
    {
        get
        {
            var key = string.Join('\n', Design.ToString(CultureInfo.InvariantCulture), PostId.ToString(CultureInfo.InvariantCulture),
                Kind.ToString(), Language, Title, SiteName, LogoUrl ?? "", Digits.ToString());
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
        }
    }

    public string Path => Url(PostId, Hash);

    public static string Url(int postId, string hash) => string.Create(CultureInfo.InvariantCulture, $"/cards/{postId}/{hash}.png");
}
