namespace Qalam.Content;

public static class ContentSetup
{
    public static WebApplicationBuilder AddQalamContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentQueries>();
        builder.Services.AddScoped<SiteContext>();
        builder.Services.AddScoped<PostWriter>();
        builder.Services.AddScoped<DemoContent>();
        builder.Services.AddScoped<RedirectResolver>();
        builder.Services.AddScoped<Publishing>();
        return builder;
    }
}
