using Microsoft.AspNetCore.Http.Features;

namespace Qalam.Api;

/// <summary>
/// HEAD on the API answers as GET would, without the body: link checkers, CDNs and monitors ask it. Minimal APIs map
/// GET alone; adding HEAD to every route would also give each a second operation in the OpenAPI document, so the
/// request is read as a GET (the same route, cache entry and ETag) and its body is dropped. A start-up filter, because
/// the route is matched at the very start of the pipeline, before any middleware the app adds itself.
/// </summary>
internal sealed class ApiHead : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(AnswerLikeGet);
        next(app);
    };

    private static async Task AnswerLikeGet(HttpContext http, RequestDelegate next)
    {
        if (!HttpMethods.IsHead(http.Request.Method) || !ApiProblems.IsApi(http.Request.Path))
        {
            await next(http);
            return;
        }
        var body = http.Features.Get<IHttpResponseBodyFeature>();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        http.Request.Method = HttpMethods.Get;
        try
        {
            await next(http);
        }
        finally
        {
            http.Request.Method = HttpMethods.Head;
            http.Features.Set(body);
        }
    }
}
