using System.Text.Json;
using Qalam.Content;

namespace Qalam.Theme;

/// <summary>The public theme: the generated stylesheet, the icons and the web app manifest.</summary>
public static class ThemeSetup
{
    private const string Forever = "public, max-age=31536000, immutable";
    private const string Day = "public, max-age=86400";

    public static WebApplicationBuilder AddQalamTheme(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ThemeStylesheet>();
        builder.Services.AddSingleton<SiteIcons>();
        builder.Services.AddScoped<SiteLogoUpload>();
        return builder;
    }

    public static WebApplication MapQalamTheme(this WebApplication app)
    {
        app.MapGet("/theme.css", async (HttpContext http, SiteContext site, ThemeStylesheet theme, CancellationToken ct) =>
        {
            var sheet = theme.For(await site.GetSettingsAsync(ct));
            // An address with an older hash gets today's sheet, but only for a short while.
            http.Response.Headers.CacheControl = http.Request.Query["v"] == sheet.Version ? Forever : "public, max-age=300";
            return Results.Text(sheet.Css, "text/css; charset=utf-8");
        });
        // Browsers ask for /favicon.ico whatever a page links: it always answers.
        app.MapGet("/favicon.ico", async (HttpContext http, SiteContext site, SiteIcons icons, CancellationToken ct) =>
            Icon(http, icons, await site.GetSettingsAsync(ct), s => icons.Favicon(s), "image/x-icon"));
        app.MapGet("/apple-touch-icon.png", async (HttpContext http, SiteContext site, SiteIcons icons, CancellationToken ct) =>
            Icon(http, icons, await site.GetSettingsAsync(ct), s => icons.Png(s, 180), "image/png"));
        app.MapGet("/icons/{size:int}.png", async (int size, HttpContext http, SiteContext site, SiteIcons icons, CancellationToken ct) =>
            SiteIcons.Sizes.Contains(size) ? Icon(http, icons, await site.GetSettingsAsync(ct), s => icons.Png(s, size), "image/png") : Results.NotFound());
        app.MapGet("/manifest.webmanifest", async (HttpContext http, SiteContext site, SiteIcons icons, Localization.Languages languages, CancellationToken ct) =>
        {
            var settings = await site.GetSettingsAsync(ct);
            var version = icons.Version(settings);
            http.Response.Headers.CacheControl = Day;
            var manifest = new Dictionary<string, object?>
            {
                ["name"] = settings.Name,
                ["short_name"] = settings.Name,
                ["description"] = settings.Tagline,
                // The site's name and tagline are written in its default language.
                ["lang"] = languages.Default.Code,
                ["dir"] = languages.Default.Direction,
                ["start_url"] = "/",
                ["display"] = "minimal-ui",
                ["background_color"] = "#ffffff",
                ["theme_color"] = settings.PrimaryColour,
                ["icons"] = new[] { 192, 512 }.Select(s => new { src = $"/icons/{s}.png?v={version}", sizes = $"{s}x{s}", type = "image/png" }),
            };
            return Results.Text(JsonSerializer.Serialize(manifest, ManifestJson), "application/manifest+json; charset=utf-8");
        });
        return app;
    }

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static IResult Icon(HttpContext http, SiteIcons icons, SiteSettings settings, Func<SiteSettings, byte[]> draw, string type)
    {
        http.Response.Headers.CacheControl = http.Request.Query["v"] == icons.Version(settings) ? Forever : Day;
        return Results.Bytes(draw(settings), type);
    }
}
