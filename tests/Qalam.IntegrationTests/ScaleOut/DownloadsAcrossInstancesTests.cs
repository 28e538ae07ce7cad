using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Organisation;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// Confidential downloads behind a load balancer: an account's allowance (here 3 a minute) is spent on whichever
/// instance serves each copy. Both run on one data directory, where the confidential files are.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DownloadsAcrossInstancesTests(RedisServer redis) : IDisposable
{
    private const int Limit = 3;
    private readonly TwoInstances _site = new(redis, new Dictionary<string, string> { [ConfidentialRateLimit.Setting] = Limit.ToString(CultureInfo.InvariantCulture) }, oneDataDirectory: true);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Downloads_spread_over_A_and_B_count_against_one_allowance()
    {
        var admin = await _site.A.SignedInClientAsync(Role.Administrator);
        var key = await _site.A.UploadConfidentialAsync(admin, "اتفاقية الشراكة مع الجامعة", Role.Editor);
        await _site.A.WithScopeAsync(sp => sp.GetRequiredService<PeopleService>().AddAsync("busy.editor@example.org", "محرر مشغول", Role.Editor, AccountSteps.Password));
        var jar = new CookieContainer();
        var onA = TwoInstances.Client(_site.A, jar, "198.51.100.60");
        var onB = TwoInstances.Client(_site.B, jar, "198.51.100.60");
        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync("busy.editor@example.org")).StatusCode);

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await (i % 2 == 0 ? onA : onB).GetAsync($"/admin/documents/{key}/download")).StatusCode);
        }
        var refused = await onB.GetAsync($"/admin/documents/{key}/download");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("طلبات كثيرة", (await refused.ReadDocumentAsync()).QuerySelector("main h1")!.TextContent.Trim());
    }
}
