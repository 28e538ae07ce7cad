using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Qalam.Api.Public;
using Qalam.Api.WordPress;
using Scalar.AspNetCore;

namespace Qalam.Api;

/// <summary>
/// The JSON API: the public content API (/api/v1), the WordPress-compatible read routes (/wp-json), and their
/// description (/openapi/v1.json, /api/docs). Everything read here goes through ContentQueries, like the pages.
/// </summary>
public static class ApiSetup
{
    public const string CorsPolicy = "api";
    public const string DocumentName = "v1";

    private static readonly OpenApiInfo Info = new()
    {
        Title = "Qalam API",
        Version = "v1",
        Description = "The organisation's public content (/api/v1), the WordPress-compatible read routes (/wp-json/wp/v2) "
            + "and the admin API (/api/v1/admin, with a personal access token).\n\n"
            + Arabic("واجهة برمجية لقراءة المحتوى العام للمؤسسة، ومسارات متوافقة مع ووردبريس، وواجهة الإدارة برمز وصول شخصي."),
    };

    public static WebApplicationBuilder AddQalamApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section));
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p =>
        {
            var origins = options.Origins();
            if (origins.Length == 0) p.AllowAnyOrigin(); else p.WithOrigins(origins).SetIsOriginAllowedToAllowWildcardSubdomains();
            // Read-only: a browser may GET from anywhere allowed; writes are the admin API's, with a token.
            p.WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("Link", "ETag", "X-WP-Total", "X-WP-TotalPages", "X-Total-Count");
        }));
        if (options.Enabled) builder.Services.AddTransient<IStartupFilter, ApiHead>();
        builder.Services.AddScoped<WordPressIds>();
        builder.Services.AddOutputCache(o => o.AddPolicy(ApiCachePolicy.Name, new ApiCachePolicy()));
        // Numbers are numbers: the web default also reads "42" for 42, which the document would then describe as
        // "integer or string" on every field.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(DocumentName, o =>
        {
            // The API only: the site's own endpoints (feeds, media, theme files) are pages, not part of it.
            o.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("wp-json", StringComparison.Ordinal));
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = Info;
                return Task.CompletedTask;
            });
            ApiExamples.Describe(o);
        });
        return builder;
    }

    /// <summary>Before the page cache, so a response served from it still carries this request's CORS headers.</summary>
    public static WebApplication UseQalamApi(this WebApplication app)
    {
        if (!Settings(app).Enabled) return app;
        app.Use(ApiProblems.AnswerBodilessErrors);
        app.UseCors();
        return app;
    }

    public static WebApplication MapQalamApi(this WebApplication app)
    {
        var options = Settings(app);
        if (!options.Enabled) return app;
        var api = app.MapGroup("/api/v1").RequireCors(CorsPolicy).CacheOutput(ApiCachePolicy.Name).WithTags("Content");
        api.MapPostsApi();
        api.MapSiteApi();
        api.MapOrganisationApi();
        app.MapWordPressApi();
        if (options.Docs)
        {
            app.MapOpenApi("/openapi/{documentName}.json").ExcludeFromDescription();
            app.MapScalarApiReference("/api/docs", (scalar, http) =>
            {
                // The reference page runs its own inline start-up script and styles; the site's CSP allows neither.
                http.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; "
                    + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
                // Nothing on the page may call out of the site: no telemetry, AI assistant or hosted tools.
                scalar.WithTitle("Qalam API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts()
                    .DisableTelemetry().DisableAgent().DisableMcp().HideDeveloperTools();
            }).ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>An Arabic paragraph of a description, marked right to left: the reference page lays text out left to right.</summary>
    public static string Arabic(string text) => $"<p dir=\"rtl\" lang=\"ar\">{text}</p>";

    private static ApiOptions Settings(WebApplication app) =>
        app.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
}
