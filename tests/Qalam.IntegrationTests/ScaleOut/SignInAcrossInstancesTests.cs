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
/// and a form A served is accepted by B.
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
}
