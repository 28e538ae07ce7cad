namespace Qalam.Api;

/// <summary>Settings of the public JSON API, bound from "Qalam:Api".</summary>
public sealed class ApiOptions
{
    public const string Section = "Qalam:Api";

    /// <summary>Serve /api/v1 and /wp-json at all. On by default: the content they show is public anyway.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Serve the OpenAPI document (/openapi/v1.json) and the reference page (/api/docs).</summary>
    public bool Docs { get; set; } = true;

    /// <summary>
    /// Origins whose pages may read the API from a browser, comma-separated (https://app.example.org). Empty: any
    /// origin, which suits public content; a site that wants only its own apps to embed it names them here.
    /// </summary>
    public string? CorsOrigins { get; set; }

    public string[] Origins() =>
        (CorsOrigins ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
