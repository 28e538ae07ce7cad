using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>Posting forms the way a browser does: fetch the page, take its antiforgery token, send the fields.</summary>
public static class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    public static string Token(this IDocument doc, string formSelector = "main form") =>
        doc.QuerySelector($"{formSelector} input[name={TokenField}]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The form has no antiforgery token.");

    /// <summary>GETs <paramref name="pageUrl"/>, then POSTs its form (to <paramref name="postUrl"/> or the form's own action) with the token and the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null, string formSelector = "main form")
    {
        var doc = await client.GetDocumentAsync(pageUrl);
        var form = doc.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var values = new List<KeyValuePair<string, string>> { new(TokenField, doc.Token(formSelector)) };
        values.AddRange(fields);
        var action = postUrl ?? form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    /// <summary>Creates a person through the app (as `users add` does) and signs them in through the real form.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this QalamFactory factory, Role role, string? email = null, string password = "correct horse battery staple")
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await factory.WithScopeAsync(async sp =>
            await sp.GetRequiredService<PeopleService>().AddAsync(email, $"{role} {email[..6]}", role, password));
        var client = factory.CreateBrowserlessClient();
        var response = await client.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed: {(int)response.StatusCode}");
        }
        return client;
    }
}
