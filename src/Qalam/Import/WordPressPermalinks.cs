using Qalam.Content;

namespace Qalam.Import;

/// <summary>
/// Answers WordPress's query-string addresses (?p=ID, ?page_id=ID, ?cat=ID, ?tag=slug, ?author=ID, ?attachment_id=ID)
/// with 301 to where the imported item lives now, using the redirect table the importer filled. Such an address whose
/// item is gone or not public answers 404, as WordPress does; other query strings on the home page pass.
/// </summary>
public sealed class WordPressPermalinks(RequestDelegate next)
{
    private static readonly string[] Keys = ["p", "page_id", "cat", "tag", "author", "attachment_id"];

    public async Task InvokeAsync(HttpContext context, RedirectResolver redirects)
    {
        var path = context.Request.Path.Value;
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && path is "/" or "/index.php" && context.Request.QueryString.HasValue)
        {
            var asked = false;
            foreach (var key in Keys)
            {
                if (context.Request.Query[key] is not { Count: 1 } values || values[0] is not { Length: > 0 } value) continue;
                asked = true;
                // Stored as the importer wrote it: decoded, NFC, lower-case (see RedirectPaths and Slug.Normalize).
                var target = await redirects.FindAsync($"/?{key}={Slug.Normalize(value)}", context.RequestAborted);
                if (target is null) continue;
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = target;
                return;
            }
            if (asked)
            {
                // No body: the status code pages answer with the site's 404 page.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        await next(context);
    }
}
