using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Qalam.Api.Admin;

/// <summary>Marker for the admin API's strings: AdminApiStrings.resx (Arabic, neutral) and AdminApiStrings.en.resx.</summary>
public sealed class AdminApiStrings;

/// <summary>
/// Every refusal of the admin API as RFC 9457 problem details, in the language the client asked for with
/// Accept-Language (English or Arabic; Arabic when it names neither). <c>code</c> is the stable key a script can test.
/// </summary>
public static class AdminApiProblems
{
    public static IResult Result(HttpContext http, int status, string code, params object[] args)
    {
        var culture = CultureOf(http.Request);
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

    /// <summary>English or Arabic, in the order of the client's preference.</summary>
    public static CultureInfo CultureOf(HttpRequest request)
    {
        var asked = request.GetTypedHeaders().AcceptLanguage.Where(l => l.Quality is null or > 0).OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in asked.Select(l => l.Value.Value ?? ""))
        {
            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return Localization.LocalizationSetup.Cultures[1];
            if (language.StartsWith("ar", StringComparison.OrdinalIgnoreCase)) return Localization.LocalizationSetup.Cultures[0];
        }
        return Localization.LocalizationSetup.Cultures[0];
    }
}
