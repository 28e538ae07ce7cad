using Qalam.Caching;

namespace Qalam.Feeds;

public static class FeedsSetup
{
    public static WebApplicationBuilder AddQalamFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedOptions>().Bind(builder.Configuration.GetSection(FeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>Feeds, sitemap and robots.txt: plain endpoints beside the pages, reading through ContentQueries.</summary>
    public static WebApplication MapQalamFeeds(this WebApplication app)
    {
        // Both are served from the page cache; feeds tag what they list, sitemaps are evicted by any public change.
        FeedEndpoints.Map(app.MapGroup("").CacheOutput(PageCachePolicy.Name));
        SitemapEndpoints.Map(app.MapGroup("").CacheOutput(PageCachePolicy.Name).AddEndpointFilter((context, next) =>
        {
            context.HttpContext.Tag(PageTags.Sitemaps);
            return next(context);
        }));
        return app;
    }
}
