using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// One browser behind a load balancer that sends its requests to either instance: a sign-in made on A holds on B,
/// a form A served is accepted by B, and sign-in attempts count against one allowance whichever instance gets them.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SignInAcrossInstancesTests(RedisServer redis) : IDisposable
{
    private readonly TwoInstances _site = new(redis);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Signed_in_on_A_the_person_goes_on_on_B_and_B_accepts_a_form_A_served()
    {
        await _site.A.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("salma@example.org", "سلمى الورفلي", Role.Editor, AccountSteps.Password));
        var jar = new CookieContainer();
        var onA = TwoInstances.Client(_site.A, jar, "203.0.113.20");
        var onB = TwoInstances.Client(_site.B, jar, "203.0.113.20");

        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync("salma@example.org")).StatusCode);

        var dashboard = await onB.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("سلمى الورفلي", await dashboard.Content.ReadAsStringAsync());
        // The profile form as A served it (its antiforgery token), posted to B.
        var form = await onA.GetDocumentAsync("/admin/account");
        var saved = await onB.SubmitAsync(form, "/admin/account", new Dictionary<string, string> { ["Profile.DisplayName"] = "سلمى من المثيل الثاني" }, "form[action*=Profile]");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("سلمى من المثيل الثاني", (await _site.A.PersonAsync("salma@example.org")).DisplayName);
    }

    [Fact]
    public async Task Sign_in_attempts_spread_over_A_and_B_count_against_one_allowance()
    {
        var onA = TwoInstances.Client(_site.A, new CookieContainer(), "198.51.100.40");
        var onB = TwoInstances.Client(_site.B, new CookieContainer(), "198.51.100.40");
        for (var i = 0; i < SignInRateLimit.PermitsPerWindow; i++)
        {
            var response = await (i % 2 == 0 ? onA : onB).SignInAsync($"someone{i}@example.org", "a wrong password");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        // Each instance has seen only half the allowance; together they have seen all of it.
        var refusedOnA = await onA.SignInAsync("someone@example.org", "a wrong password");
        var refusedOnB = await onB.SignInAsync("someone@example.org", "a wrong password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnB.StatusCode);
        Assert.InRange(int.Parse(refusedOnB.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("محاولات كثيرة", (await refusedOnB.ReadDocumentAsync()).QuerySelector("h1")!.TextContent);
        // Another address is not touched by it, on either instance.
        Assert.Equal(HttpStatusCode.BadRequest, (await TwoInstances.Client(_site.B, new CookieContainer(), "192.0.2.40").SignInAsync("x@example.org", "a wrong password")).StatusCode);
    }
}
