using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>What a person does to use the admin API: make a token in "My account", then call the API with it.</summary>
public static class ApiSteps
{
    /// <summary>
    /// The app's settings for these tests: every test signs in several people from one address, more than the
    /// sign-in limit per address allows in a minute.
    /// </summary>
    public static Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string> { ["Qalam:SignInAttemptsPerMinute"] = "1000" };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    /// <summary>A new person of <paramref name="role"/>, signed in, with a token of <paramref name="scopes"/> made through their tokens page.</summary>
    public static async Task<(HttpClient Browser, HttpClient Api, string Secret)> PersonWithTokenAsync(this QalamFactory factory, Role role, params string[] scopes)
    {
        var browser = await factory.SignedInClientAsync(role);
        var secret = await browser.CreateTokenAsync($"{role} script", scopes);
        return (browser, factory.ApiClient(secret), secret);
    }

    /// <summary>Fills the "create token" form (scopes are checkboxes, so a field repeats) and returns the secret the page shows once.</summary>
    public static async Task<string> CreateTokenAsync(this HttpClient browser, string name, IEnumerable<string> scopes, int days = 90)
    {
        var response = await browser.PostTokenFormAsync(name, scopes, days);
        response.EnsureSuccessStatusCode();
        var doc = await response.ReadDocumentAsync();
        return doc.QuerySelector("#new-token code")?.TextContent.Trim() ?? throw new InvalidOperationException("No new token shown.");
    }

    public static async Task<HttpResponseMessage> PostTokenFormAsync(this HttpClient browser, string name, IEnumerable<string> scopes, int days = 90)
    {
        var page = await browser.GetDocumentAsync("/admin/account/tokens");
        var fields = new List<KeyValuePair<string, string>> { new(Forms.TokenField, page.Token("#create-token")), new("Name", name), new("Days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)));
        return await browser.PostAsync("/admin/account/tokens?handler=Create", new FormUrlEncodedContent(fields));
    }

    public static HttpClient ApiClient(this QalamFactory factory, string secret, string language = "en")
    {
        var client = factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static Task<HttpResponseMessage> CreatePostAsync(this HttpClient api, object body) => api.PostAsJsonAsync("/api/v1/admin/posts", body);

    /// <summary>Creates a post and returns its id and version.</summary>
    public static async Task<(int Id, int Version)> NewPostAsync(this HttpClient api, string title = "خبر من سكربت", string? status = null, string kind = "news")
    {
        var response = await api.CreatePostAsync(new { title, bodyHtml = "<p>نص الخبر</p>", status, kind });
        if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new InvalidOperationException($"Create failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var json = await response.JsonAsync();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("version").GetInt32());
    }

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient api, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return api.SendAsync(request);
    }
}
