using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Qalam.Media;

namespace Qalam.Theme;

/// <summary>
/// The logo an administrator uploads in the settings: checked and stored like any library image (type from its content,
/// size limits, metadata removed, resized variants), so the header, the favicon and the app icons can use it.
/// </summary>
public sealed class SiteLogoUpload(MediaStore store, IOptions<MediaOptions> limits, IStringLocalizer<MediaStrings> s, IStringLocalizer<Accounts.AccountStrings> t)
{
    /// <summary>The stored image (added to the library, saved with the settings), or the reason it was refused.</summary>
    public async Task<(MediaItem? Logo, string? Refusal)> SaveAsync(IFormFile file, string siteName, int? uploadedById, CancellationToken ct)
    {
        var head = new byte[16];
        await using (var peek = file.OpenReadStream())
        {
            var read = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            if (MediaTypes.Sniff(head.AsSpan(0, read)) is { IsImage: false }) return (null, t["LogoNotImage"]);
        }
        try
        {
            await using var stream = file.OpenReadStream();
            return (await store.SaveAsync(stream, file.FileName, siteName, uploadedById, ct), null);
        }
        catch (MediaRejectedException e)
        {
            return (null, Pages.Admin.Media.MediaFormat.Refusal(e.Reason, limits.Value, s));
        }
    }
}
