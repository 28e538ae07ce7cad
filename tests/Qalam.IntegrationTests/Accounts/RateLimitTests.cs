using System.Net;
using Qalam.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class RateLimitTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private HttpClient ClientFrom(string ip)
    {
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    [Fact]
    public async Task The_eleventh_sign_in_post_in_a_minute_from_one_ip_gets_429_with_retry_after_and_an_arabic_page()
    {
        var client = ClientFrom("198.51.100.7");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync($"someone{i}@example.org", "a wrong password")).StatusCode);
        }

        var refused = await client.SignInAsync("someone@example.org", "a wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        Assert.Equal("محاولات كثيرة", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("انتظر", doc.Alert());
        Assert.DoesNotContain("someone@example.org", await refused.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/sign-in/")]
    [InlineData("/ADMIN/Sign-In")]
    [InlineData("/admin/sign%2Din")]
    public async Task Other_spellings_of_the_sign_in_address_count_against_the_same_limit(string spelling)
    {
        var client = ClientFrom("198.51.100.11");
        var token = (await client.GetDocumentAsync("/admin/sign-in")).Token();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInRateLimit.PermitsPerWindow; i++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token, ["Email"] = "x@example.org", ["Password"] = "a wrong password" });
            codes.Add((await client.PostAsync(spelling, form)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync("x@example.org", "a wrong password")).StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_the_same_for_an_existing_and_an_unknown_email()
    {
        await _factory.SignedInClientAsync(Qalam.Content.Role.Author, email: "real@example.org");
        var client = ClientFrom("198.51.100.8");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++) await client.SignInAsync("real@example.org", "a wrong password");

        var known = await client.SignInAsync("real@example.org", "a wrong password");
        var unknown = await client.SignInAsync("ghost@example.org", "a wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_ip_and_the_sign_in_page_itself_are_not_limited()
    {
        var busy = ClientFrom("198.51.100.9");
        for (var i = 0; i <= SignInRateLimit.PermitsPerWindow; i++) await busy.SignInAsync("x@example.org", "a wrong password");

        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/admin/sign-in")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ClientFrom("192.0.2.1").SignInAsync("x@example.org", "a wrong password")).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_posts_share_the_limit()
    {
        var client = ClientFrom("198.51.100.10");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", $"p{i}@example.org")))).StatusCode);
        }
        var refused = await client.PostFormAsync("/admin/forgot-password", AccountSteps.Fields(("Email", "p@example.org")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData("/admin/sign-in/")]
    [InlineData("/ADMIN/SIGN-IN")]
    [InlineData("/admin/sign%2Din")]
    [InlineData("/Admin/Sign-In/")]
    public async Task Another_spelling_of_the_sign_in_path_shares_the_limit(string spelling)
    {
        var client = ClientFrom("198.51.100.11");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++)
        {
            var path = i % 2 == 0 ? spelling : "/admin/sign-in";
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostFormAsync("/admin/sign-in", AccountSteps.Fields(("Email", $"s{i}@example.org"), ("Password", "wrong")), path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostFormAsync("/admin/sign-in", AccountSteps.Fields(("Email", "s@example.org"), ("Password", "wrong")), spelling)).StatusCode);
    }

    [Fact]
    public async Task Two_step_and_set_password_posts_with_a_trailing_slash_are_limited()
    {
        var client = ClientFrom("198.51.100.12");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++)
        {
            await client.PostAsync("/admin/sign-in/two-factor/", new FormUrlEncodedContent([]));
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/admin/sign-in/two-factor/", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/admin/reset-password/", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync("/admin/forgot-password/", new FormUrlEncodedContent([]))).StatusCode);
    }
}
