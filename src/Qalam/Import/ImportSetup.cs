namespace Qalam.Import;

public static class ImportSetup
{
    public static WebApplicationBuilder AddQalamImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WxrImporter>();
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ImportJobs>());
        return builder;
    }

    /// <summary>WordPress's query-string permalinks (/?p=12, /?cat=3, …) answer 301 before any page handles "/".</summary>
    public static WebApplication UseQalamImport(this WebApplication app)
    {
        app.UseMiddleware<WordPressPermalinks>();
        return app;
    }
}
