using Microsoft.AspNetCore.OutputCaching;
using Qalam.Content;

namespace Qalam.Caching;

public static class CachingSetup
{
    /// <summary>
    /// The page cache: public pages, feeds and sitemaps kept in memory, compressed, tagged with what they show, and
    /// evicted by the content feed after each commit. Which pages take part is listed in <see cref="CachedPages"/>.
    /// </summary>
    public static WebApplicationBuilder AddQalamCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CacheOptions>().Bind(builder.Configuration.GetSection(CacheOptions.Section));
        var options = builder.Configuration.GetSection(CacheOptions.Section).Get<CacheOptions>() ?? new CacheOptions();
        builder.Services.AddSingleton<ScheduleHorizon>();
        builder.Services.AddSingleton<PageClock>();
        builder.Services.AddSingleton<PageCachePolicy>();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = options.SizeMegabytes * 1024L * 1024L;
            o.MaximumBodySize = 8 * 1024 * 1024;
            o.AddPolicy(PageCachePolicy.Name, new Policy());
        });
        builder.Services.AddSingleton<PageEvictor>();
        builder.Services.AddSingleton<IContentListener>(sp => sp.GetRequiredService<ScheduleHorizon>());
        builder.Services.AddSingleton<IContentListener>(sp => sp.GetRequiredService<PageEvictor>());
        builder.Services.AddSingleton<OtherProcesses>();
        builder.Services.AddSingleton<IContentListener>(sp => sp.GetRequiredService<OtherProcesses>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OtherProcesses>());
        return builder;
    }

    /// <summary>
    /// After sign-in (so a signed-in person is known and bypasses it). Compression runs inside the cache, so a hit
    /// sends stored Brotli or gzip bytes without compressing again; the outer compressor leaves encoded bodies alone.
    /// </summary>
    public static WebApplication UseQalamCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<PageValidators>();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>The named policy resolves the singleton, which needs services the options callback cannot have.</summary>
    private sealed class Policy : IOutputCachePolicy
    {
        private static PageCachePolicy Inner(OutputCacheContext c) => c.HttpContext.RequestServices.GetRequiredService<PageCachePolicy>();
        public ValueTask CacheRequestAsync(OutputCacheContext c, CancellationToken ct) => Inner(c).CacheRequestAsync(c, ct);
        public ValueTask ServeFromCacheAsync(OutputCacheContext c, CancellationToken ct) => Inner(c).ServeFromCacheAsync(c, ct);
        public ValueTask ServeResponseAsync(OutputCacheContext c, CancellationToken ct) => Inner(c).ServeResponseAsync(c, ct);
    }
}
