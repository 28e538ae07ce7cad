using System.Globalization;
using System.Net;
using Qalam.Accounts;
using Qalam.Api.Admin;
using Qalam.Comments;
using Qalam.Content;
using Qalam.IntegrationTests.Api.Admin;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// A reader's comments and a script's admin-API calls behind a load balancer that sends each request to either
/// instance: one allowance, spent on whichever instance answers, so two instances do not double it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class LimitsAcrossInstancesTests(RedisServer redis) : IDisposable
{
    private const int Limit = 4;
    private readonly TwoInstances _site = new(redis, ApiSteps.Settings(
        (CommentRateLimit.Setting, Limit.ToString(CultureInfo.InvariantCulture)),
        (AdminApiRateLimit.Setting, Limit.ToString(CultureInfo.InvariantCulture))));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Comments_from_one_address_spread_over_A_and_B_count_against_one_allowance()
    {
        await _site.A.ChangeSettingsAsync(s => s.CommentsOpen = true);
        var (_, slug) = await _site.A.AddPostAsync(new NewPost("مقال يعلّق عليه القرّاء من مثيلين", "<p>نص.</p>")
        { AuthorSlug = null, CategorySlug = null, PublishedUtc = _site.A.Clock.GetUtcNow().AddDays(-1) });
        var onA = TwoInstances.Client(_site.A, new CookieContainer(), "198.51.100.70");
        var onB = TwoInstances.Client(_site.B, new CookieContainer(), "198.51.100.70");

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SendCommentAsync(i % 2 == 0 ? onA : onB, slug, $"تعليق رقم {i}")).StatusCode);
        }
        var refusedOnA = await SendCommentAsync(onA, slug, "تعليق زائد على المثيل الأول");
        var refusedOnB = await SendCommentAsync(onB, slug, "تعليق زائد على المثيل الثاني");

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnB.StatusCode);
        Assert.Contains("أرسلت تعليقات كثيرة", (await refusedOnB.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        // Another reader is not touched by it.
        var other = TwoInstances.Client(_site.B, new CookieContainer(), "192.0.2.70");
        Assert.Equal(HttpStatusCode.Redirect, (await SendCommentAsync(other, slug, "تعليق من قارئ آخر")).StatusCode);
    }

    [Fact]
    public async Task A_tokens_calls_spread_over_A_and_B_count_against_one_allowance()
    {
        var (_, _, secret) = await _site.A.PersonWithTokenAsync(Role.Author, TokenScopes.PostsRead);
        var onA = _site.A.ApiClient(secret);
        var onB = _site.B.ApiClient(secret);

        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await (i % 2 == 0 ? onA : onB).GetAsync("/api/v1/admin/posts")).StatusCode);
        }
        var refused = await onB.GetAsync("/api/v1/admin/posts");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RateLimited", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onA.GetAsync("/api/v1/admin/posts")).StatusCode);
    }

    /// <summary>Fills the comment form on the post's page as served by that instance, and sends it there.</summary>
    private static async Task<HttpResponseMessage> SendCommentAsync(HttpClient client, string slug, string text)
    {
        var form = (await client.GetDocumentAsync(Urls.Post(slug))).QuerySelector("form.comment-form")
            ?? throw new InvalidOperationException("The post's page has no comment form.");
        var fields = new Dictionary<string, string> { ["Name"] = "قارئة", ["Email"] = "reader@example.org", ["Text"] = text, ["Website"] = "" };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]")) fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value")!;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }
}
