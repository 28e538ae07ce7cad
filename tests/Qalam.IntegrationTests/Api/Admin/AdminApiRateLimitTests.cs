using System.Net;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Api.Admin;

public sealed class AdminApiRateLimitTests
{
    [Fact]
    public async Task A_token_over_its_limit_gets_429_and_another_token_does_not()
    {
        using var factory = new QalamFactory(demo: false, settings: ApiSteps.Settings(("Qalam:Api:RequestsPerMinute", "3")));
        var (_, busy, _) = await factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);
        var (_, calm, _) = await factory.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/admin/posts")).StatusCode);
        var refused = await busy.GetAsync("/api/v1/admin/posts");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("RateLimited", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/api/v1/admin/posts")).StatusCode);
    }
}
