using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

public sealed class BadBodyTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);
    private readonly Uri _server;

    public BadBodyTests() => _server = RealServer.Start(_factory);

    public void Dispose() => _factory.Dispose();

    private static (string StatusLine, string Body) Split(string raw)
    {
        Assert.StartsWith("HTTP/1.1 ", raw, StringComparison.Ordinal);
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (raw[..raw.IndexOf("\r\n", StringComparison.Ordinal)], end < 0 ? "" : raw[(end + 4)..]);
    }

    [Fact]
    public async Task An_oversized_sign_in_form_gets_413_and_one_readable_line()
    {
        var raw = await RealServer.SendRawAsync(_server, RealServer.Request("POST", "/admin/sign-in",
            "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("Email=a"), contentLength: 200_000_000));

        var (status, body) = Split(raw);
        Assert.Equal("HTTP/1.1 413 Payload Too Large", status);
        Assert.Contains("الطلب أكبر من المسموح", body);
    }

    [Fact]
    public async Task A_form_with_an_unknown_charset_gets_400_and_one_readable_line()
    {
        var raw = await RealServer.SendRawAsync(_server, RealServer.Request("POST", "/admin/sign-in",
            "application/x-www-form-urlencoded; charset=no-such-charset", Encoding.ASCII.GetBytes("Email=%zz%E0%A4&Password=%")));

        var (status, body) = Split(raw);
        Assert.Equal("HTTP/1.1 400 Bad Request", status);
        Assert.Contains("تعذّرت قراءة الطلب", body);
    }

    [Fact]
    public async Task A_form_with_invalid_percent_encoding_gets_a_valid_answer()
    {
        var raw = await RealServer.SendRawAsync(_server, RealServer.Request("POST", "/admin/sign-in",
            "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("Email=%zz%E0%A4&Password=%")));

        Assert.Equal("HTTP/1.1 400 Bad Request", Split(raw).StatusLine);
    }

    [Fact]
    public async Task An_upload_with_a_broken_multipart_boundary_gets_400_and_one_readable_line()
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var admin = RealServer.Client(_server);
        Assert.Equal("/admin", (await admin.SignInAsync("boss@example.org")).Location());
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--other\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--oth"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=expected");

        var response = await admin.PostAsync("/admin/media?handler=Upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("تعذّرت قراءة الطلب", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_post_to_an_unknown_address_gets_the_not_found_page()
    {
        var raw = await RealServer.SendRawAsync(_server, RealServer.Request("POST", "/no/such/page",
            "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("Email=a"), contentLength: 200_000_000));

        var (status, body) = Split(raw);
        Assert.Equal("HTTP/1.1 404 Not Found", status);
        Assert.Contains("الصفحة غير موجودة", body);
    }

    [Fact]
    public async Task An_upload_that_says_it_is_over_the_limit_gets_413_and_says_so()
    {
        await _factory.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("boss@example.org", "Boss", Role.Administrator, AccountSteps.Password));
        var cookies = new CookieContainer();
        Assert.Equal("/admin", (await RealServer.Client(_server, cookies).SignInAsync("boss@example.org")).Location());

        var raw = await RealServer.SendRawAsync(_server, RealServer.Request("POST", "/admin/media?handler=Upload",
            "multipart/form-data; boundary=b", Encoding.ASCII.GetBytes("--b\r\n"), contentLength: 200_000_000, cookie: cookies.GetCookieHeader(_server)));

        var (status, body) = Split(raw);
        Assert.Equal("HTTP/1.1 413 Payload Too Large", status);
        Assert.Contains("الطلب أكبر من المسموح", body);
    }
}
