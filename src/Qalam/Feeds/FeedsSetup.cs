using Qalam.Caching;
using Qalam.Content;

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
        // Both are served from the page cache; feeds tag what they list, sitemaps are evicted by any public change
        // and by the organisation's archives, whose addresses and dates they list.
        FeedEndpoints.Map(app.MapGroup("").CacheOutput(PageCachePolicy.Name));
        SitemapEndpoints.Map(app.MapGroup("").CacheOutput(PageCachePolicy.Name).AddEndpointFilter((context, next) =>
        {
            context.HttpContext.Tag(PageTags.Sitemaps, ContentKeys.Statements, ContentKeys.Endorsements, ContentKeys.Partners, ContentKeys.Transparency);
            return next(context);
        }));
        return app;
    }
}
