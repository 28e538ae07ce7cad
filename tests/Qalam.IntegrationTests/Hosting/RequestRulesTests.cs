using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

/// <remarks>
/// The method checks only read, so they share one app. The others keep their own: each signs in the same person (and
/// some count audit rows), and the server check must start its app on a socket before any request.
/// </remarks>
public sealed class RequestRulesTests(EmptySite site) : IClassFixture<EmptySite>, IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("PROPFIND")]
    public async Task An_unexpected_method_on_a_public_page_is_not_allowed(string method)
    {
        var client = site.Factory.CreateBrowserlessClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"))).StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused_even_with_a_valid_token(string header, string value)
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(header, value);

        var response = await client.SignInAsync("boss@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _factory.AuditAsync("sign-in"));
    }

    [Theory]
    [InlineData("Origin", "http://localhost")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    public async Task A_post_from_this_site_goes_through(string header, string value)
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(header, value);

        Assert.Equal("/admin", (await client.SignInAsync("boss@example.org")).Location());
    }

    [Theory]
    [InlineData("same-origin", HttpStatusCode.Redirect, "/admin")]
    [InlineData("cross-site", HttpStatusCode.Forbidden, "")]
    public async Task A_post_with_a_null_origin_is_judged_by_its_fetch_metadata(string fetchSite, HttpStatusCode status, string location)
    {
        // What Chromium sends from a page with Referrer-Policy: no-referrer, as a share-link page has.
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("Origin", "null");
        client.DefaultRequestHeaders.Add("Sec-Fetch-Site", fetchSite);

        var response = await client.SignInAsync("boss@example.org");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Location());
    }

    [Fact]
    public async Task On_https_the_antiforgery_cookie_is_host_prefixed_secure_and_strict_and_sign_in_works()
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var page = await client.GetAsync("/admin/sign-in");
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.Contains(".af", StringComparison.Ordinal));

        Assert.StartsWith("__Host-qalam.af=", cookie, StringComparison.Ordinal);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/admin", (await client.SignInAsync("boss@example.org")).Location());
    }

    [Fact]
    public async Task Admin_pages_load_images_from_the_site_only_and_the_public_site_keeps_its_policy()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var id = await _factory.AddPostAsync(author.Id, "مسودة فيها صورة", body: "<p><img src=\"https://tracker.example/p.gif\" alt=\"\"></p>");

        var preview = await author.Client.GetAsync($"/admin/posts/{id}/preview");
        var home = await _factory.CreateBrowserlessClient().GetAsync("/");

        var admin = string.Join(";", preview.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("img-src 'self' data: blob:;", admin, StringComparison.Ordinal);
        Assert.Contains("media-src 'self';", admin, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: https:;", string.Join(";", home.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        var server = RealServer.Start(_factory);

        var response = await new HttpClient().GetAsync(new Uri(server, "/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }
}
