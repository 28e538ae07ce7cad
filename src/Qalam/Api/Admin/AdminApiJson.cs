using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Qalam.Api.Admin;

/// <summary>
/// Reads request bodies and the If-Match version by hand, so a malformed body is a problem-details answer in the
/// client's language rather than the framework's empty 400.
/// </summary>
public static class AdminApiJson
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        if (!http.Request.HasJsonContentType()) return (null, AdminApiProblems.Result(http, StatusCodes.Status400BadRequest, "InvalidBody", "Content-Type: application/json"));
        try
        {
            // The app's JSON options, which the OpenAPI document describes (numbers strictly as numbers).
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = await http.Request.ReadFromJsonAsync<T>(options, ct);
            return value is null ? (null, AdminApiProblems.Result(http, StatusCodes.Status400BadRequest, "InvalidBody", "null")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, AdminApiProblems.Result(http, StatusCodes.Status400BadRequest, "InvalidBody", e.Path ?? e.Message));
        }
    }

    /// <summary>The version an If-Match header names (<c>"7"</c>, <c>W/"7"</c> or <c>7</c>), or null.</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal)) header = header[2..];
        return int.TryParse(header.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public static string ETag(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
}
