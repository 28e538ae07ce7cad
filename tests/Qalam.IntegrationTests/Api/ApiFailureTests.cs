using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Api.Admin;
using Qalam.IntegrationTests.Faults;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;

namespace Qalam.IntegrationTests.Api;

/// <summary>What a client reads when the API itself fails: a problem it can parse, never the site's page or a stack trace.</summary>
public sealed class ApiFailureTests
{
    [Theory]
    [InlineData("en", "Server error", "en")]
    [InlineData("ar", "خطأ في الخادم", "ar")]
    public async Task A_failing_handler_answers_a_problem_in_the_readers_language_without_its_trace(string acceptLanguage, string title, string language)
    {
        using var factory = new QalamFactory(demo: false);
        var client = factory.CreateBrowserlessClient();
        // A table the partners route reads is gone: the handler throws an ordinary database error, not "unavailable".
        await factory.WithDbAsync(async db =>
        {
            var drop = $"DROP TABLE \"{db.Model.FindEntityType(typeof(Partner))!.GetTableName()}\"";
            return await db.Database.ExecuteSqlRawAsync(drop);
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/partners");
        request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(500, (int)problem["status"]!);
        Assert.Equal(title, (string)problem["title"]!);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task A_locked_database_answers_a_scripts_write_with_a_503_problem_and_its_reads_go_on()
    {
        using var factory = new QalamFactory(demo: false, settings: ApiSteps.Settings(("Qalam:BusyTimeoutSeconds", "1")));
        var (_, api, _) = await factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite, TokenScopes.PostsRead);

        using (new DatabaseLock(factory.DataDirectory))
        {
            // The token's first use wants to record its time; the lock must not turn the read into a failure.
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/admin/posts")).StatusCode);
            var response = await api.CreatePostAsync(new { title = "خبر كُتب والقاعدة مقفلة", bodyHtml = "<p>نص</p>" });
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(body)!;
            Assert.Equal("Service temporarily unavailable", (string)problem["title"]!);
            Assert.StartsWith("The database is busy or unavailable right now, and nothing was changed.", (string)problem["detail"]!);
            Assert.DoesNotContain("   at ", body);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Title == "خبر كُتب والقاعدة مقفلة")));
        Assert.Equal(HttpStatusCode.Created, (await api.CreatePostAsync(new { title = "خبر كُتب والقاعدة مقفلة", bodyHtml = "<p>نص</p>" })).StatusCode);
    }
}
