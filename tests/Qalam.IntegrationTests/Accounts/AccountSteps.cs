using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>What a person does in the accounts pages, step by step through the real forms.</summary>
public static class AccountSteps
{
    public const string Password = "correct horse battery staple";

    public static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password) =>
        client.PostFormAsync("/admin/sign-in", Fields(("Email", email), ("Password", password)));

    public static Task<Person> PersonAsync(this QalamFactory factory, string email) =>
        factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.NormalizedEmail == PeopleService.NormalizeEmail(email)));

    public static Task<List<AuditEntry>> AuditAsync(this QalamFactory factory, string action) =>
        factory.WithDbAsync(db => db.Audit.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    /// <summary>The code an authenticator app would show now, computed from the secret the enrolment page displays.</summary>
    public static string CodeFor(QalamFactory factory, string secret, TimeSpan? offset = null) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(factory.Clock.GetUtcNow().Add(offset ?? TimeSpan.Zero).UtcDateTime);

    /// <summary>Turns two-step verification on through the enrolment page; returns the secret and the recovery codes shown once.</summary>
    public static async Task<(string Secret, IReadOnlyList<string> RecoveryCodes)> EnrolTwoFactorAsync(this HttpClient client, QalamFactory factory)
    {
        var page = await client.GetDocumentAsync("/admin/account/two-factor");
        var secret = page.QuerySelector("#secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var response = await client.PostFormAsync("/admin/account/two-factor", Fields(("Code", CodeFor(factory, secret))), "/admin/account/two-factor?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        return (secret, doc.Texts(".codes code"));
    }

    public static string? Alert(this IDocument doc) => doc.QuerySelector("[role=alert]")?.TextContent.Trim();

    /// <summary>Where a redirect goes, as a local path (challenges answer with an absolute URL).</summary>
    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
