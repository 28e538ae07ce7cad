using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Qalam.Api.Admin;

/// <summary>Marker for the admin API's strings: AdminApiStrings.resx (Arabic, neutral) and AdminApiStrings.en.resx.</summary>
public sealed class AdminApiStrings;

/// <summary>
/// Every refusal of the admin API as RFC 9457 problem details, in the language the client asked for with
/// Accept-Language, chosen as the public API chooses (<see cref="ApiProblems.Culture"/>). <c>code</c> is the stable key a
/// script can test.
/// </summary>
public static class AdminApiProblems
{
    public static IResult Result(HttpContext http, int status, string code, params object[] args)
    {
        var culture = ApiProblems.Culture(http.Request);
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<AdminApiStrings>>();
        var saved = CultureInfo.CurrentUICulture;
        string title, detail;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            title = t["Status" + status.ToString(CultureInfo.InvariantCulture)];
            detail = string.Format(culture, t[code], args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
        http.Response.Headers.ContentLanguage = culture.Name;
        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    public static Task WriteAsync(HttpContext http, int status, string code, params object[] args) => Result(http, status, code, args).ExecuteAsync(http);
}
