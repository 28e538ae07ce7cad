using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Qalam.Localization;

namespace Qalam.Hosting;

/// <summary>
/// Reads a posted form before the antiforgery check does. That check, and model binding after it, take a form they
/// cannot read for a missing token or missing fields: the person saw "bad request", and an error page that bound the
/// form again answered with status 0. Here a body over a limit gets 413, any other unreadable one (a broken multipart
/// boundary, a charset no one can decode) 400, each with one line in the person's language. Order 950: after the
/// pages' own size limits (900), before antiforgery (1000). Every page reads its form anyway, so nothing is read twice.
/// </summary>
internal sealed class UnreadableFormFilter(IStringLocalizer<Strings> t) : IAsyncAuthorizationFilter
{
    public const int Order = 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        // An error page shown for another answer (a 404 for a post to an unknown address) has no use for the form.
        if (context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null) return;
        if (await StatusOfAsync(request) is not { } status) return;
        context.HttpContext.Response.Headers.Connection = "close";
        context.Result = new ContentResult
        {
            StatusCode = status,
            ContentType = "text/plain; charset=utf-8",
            Content = (status == StatusCodes.Status413PayloadTooLarge ? t["RequestTooLarge"] : t["RequestUnreadable"]) + "\n",
        };
    }

    private static async Task<int?> StatusOfAsync(HttpRequest request)
    {
        // The form reader decodes a charset it does not know as UTF-8, which would read the fields as something else.
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue && type.Encoding is null)
        {
            return StatusCodes.Status400BadRequest;
        }
        try
        {
            await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own: a body over the request limit (413), or one that ends early or is badly chunked (400).
            return e.StatusCode;
        }
        catch (InvalidDataException e)
        {
            // The form reader's: "… limit … exceeded" for a form over FormOptions' limits, else a malformed body.
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        }
        catch (IOException)
        {
            return StatusCodes.Status400BadRequest;
        }
    }
}
