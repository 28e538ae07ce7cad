using System.Globalization;
using Microsoft.Extensions.Localization;
using Qalam.Media;

namespace Qalam.Pages.Admin.Media;

/// <summary>How the library writes sizes and refusals for people.</summary>
public static class MediaFormat
{
    public static string Size(long bytes, IStringLocalizer<MediaStrings> s) => bytes < 1024 * 1024
        ? string.Format(CultureInfo.CurrentCulture, s["Kilobytes"], Math.Max(1, (bytes + 512) / 1024))
        : string.Format(CultureInfo.CurrentCulture, s["Megabytes"], Math.Round(bytes / 1048576.0, 1));

    public static string Megabytes(long bytes) => Math.Round(bytes / 1048576.0, 1).ToString("0.#", CultureInfo.CurrentCulture);

    public static string Refusal(MediaRejection reason, MediaOptions limits, IStringLocalizer<MediaStrings> s, long? maxPixels = null) => reason switch
    {
        MediaRejection.TooLarge => string.Format(CultureInfo.CurrentCulture, s["Reject_TooLarge"], Megabytes(limits.MaxImageBytes), Megabytes(limits.MaxDocumentBytes)),
        MediaRejection.ImageTooLarge => string.Format(CultureInfo.CurrentCulture, s["Reject_ImageTooLarge"], Math.Round((maxPixels ?? limits.MaxImagePixels) / 1_000_000.0, 1).ToString("0.#", CultureInfo.CurrentCulture)),
        _ => s["Reject_" + reason],
    };
}
