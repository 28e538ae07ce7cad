using Microsoft.Extensions.Options;

namespace Qalam.Sharing;

public static class SharingSetup
{
    /// <summary>
    /// Share cards: the image a link to a post shows on WhatsApp, Telegram, X and the rest (og:image), drawn with the
    /// title in shaped Arabic. The address carries the card's hash, so every answer is cached for good.
    /// </summary>
    public static WebApplication MapQalamSharing(this WebApplication app)
    {
        var files = new ShareCardFiles(app.Services.GetRequiredService<IOptions<QalamOptions>>().Value.DataPath("cache", "cards"));
        app.MapGet("/cards/{postId:int}/{hash}.png", (int postId, string hash, HttpContext http, CancellationToken ct) =>
            ShareCardEndpoint.ServeAsync(files, postId, hash, http, ct));
        return app;
    }
}
