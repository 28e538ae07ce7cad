using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Admin;

public sealed class SignInTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Admin_redirects_anonymous_visitors_to_the_sign_in_form()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_through_the_form_opens_the_arabic_dashboard()
    {
        var client = await _factory.SignedInClientAsync(Role.Editor);
        var doc = await client.GetDocumentAsync("/admin");
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("لوحة التحكم", doc.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_gets_one_arabic_message_that_does_not_say_whether_the_email_exists()
    {
        await _factory.SignedInClientAsync(Role.Author, email: "known@example.org");
        var client = _factory.CreateBrowserlessClient();
        var wrongPassword = await client.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = "known@example.org", ["Password"] = "not the password at all" });
        var unknownEmail = await client.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = "nobody@example.org", ["Password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownEmail.StatusCode);
        var a = (await wrongPassword.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent;
        var b = (await unknownEmail.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent;
        Assert.Equal(a, b);
        Assert.Contains("تعذّر تسجيل الدخول", a);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var client = _factory.CreateBrowserlessClient();
        var response = await client.PostAsync("/admin/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.c", ["Password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await response.ReadDocumentAsync()).QuerySelector("[role=alert]"));
    }
}
