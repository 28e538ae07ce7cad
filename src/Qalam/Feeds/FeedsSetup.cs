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
        FeedEndpoints.Map(app);
        SitemapEndpoints.Map(app);
        return app;
    }
}
