namespace Qalam.Content;

public static class ContentSetup
{
    public static WebApplicationBuilder AddQalamContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentQueries>();
        builder.Services.AddScoped<SiteContext>();
        builder.Services.AddScoped<PostWriter>();
        builder.Services.AddScoped<TermWriter>();
        builder.Services.AddScoped<SettingsWriter>();
        builder.Services.AddScoped<DemoContent>();
        builder.Services.AddScoped<RedirectResolver>();
        builder.Services.AddScoped<Publishing>();
        // The change feed: collected from every save, announced after commit to whoever keeps a copy of pages.
        builder.Services.AddSingleton<ContentFeed>();
        builder.Services.AddSingleton<ContentChangeInterceptor>();
        builder.Services.AddSingleton<PostLanguageDefault>();
        builder.Services.AddSingleton<SiteCache>();
        builder.Services.AddSingleton<IContentListener>(sp => sp.GetRequiredService<SiteCache>());
        return builder;
    }
}
