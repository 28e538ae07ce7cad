using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Qalam.Hosting;

public static class HostingSetup
{
    /// <summary>
    /// The app's files (wwwroot, appsettings.json) live beside its binary; the working directory is the user's,
    /// where the default ./data goes. A host that names its own content root (the test host) keeps it.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
    };

    public static WebApplicationBuilder AddQalamHosting(this WebApplicationBuilder builder)
    {
        builder.Host.ConfigureHostOptions(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        var data = DataDirectory.Prepare(builder.Configuration[$"{QalamOptions.Section}:Data"] ?? "data");
        DataDirectory.PrepareStore(builder.Configuration[$"{QalamOptions.Section}:Media:Store"]);
        var keys = new DirectoryInfo(Data.DataFiles.CreatePrivateDirectory(Path.Combine(data, "keys")));
        // Keys live with the data, so sign-in cookies survive restarts; with Qalam:Redis they are shared through it too (ScaleOut/SharedKeyRing).
        // They are encrypted under a key kept apart from the data, so a copy of the data folder alone opens nothing.
        var keyRingKey = KeyRingKey.Load(builder.Configuration, Path.GetFullPath(data));
        builder.Services.AddSingleton(keyRingKey);
        builder.Services.AddDataProtection().SetApplicationName("Qalam").PersistKeysToFileSystem(keys);
        builder.Services.Configure<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlEncryptor = new KeyRingEncryptor(keyRingKey));
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.AddQalamSiteHosts();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<UnreadableFormFilter>(UnreadableFormFilter.Order));

        // Arabic text is written as UTF-8 characters, not as numeric entities (which would triple a page's size).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "image/svg+xml"]);
        });
        return builder;
    }

    public static WebApplication UseQalamHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<UnavailablePage>();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<RequestRules>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages link assets with their content hash (?v=…, asp-append-version): such an address never changes
            // content, so browsers and CDNs keep it for a year without asking. Without the hash, an hour.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600",
        });
        return app;
    }

    /// <summary>
    /// For a load balancer: /healthz says the process answers (no database, so a database outage never restarts
    /// instances); /readyz says it can serve (database reachable, migrations applied, and Redis answering when the site
    /// has Qalam:Redis), 503 otherwise.
    /// </summary>
    public static WebApplication MapQalamHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = PlainStatus });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Data.DatabaseHealthCheck.Ready), ResponseWriter = PlainStatus });
        return app;
    }

    private static Task PlainStatus(HttpContext ctx, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        return ctx.Response.WriteAsync(report.Status.ToString());
    }
}
