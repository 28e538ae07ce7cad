using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
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
}
