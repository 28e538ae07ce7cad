using System.Text.Json;
using System.Text.Json.Nodes;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Api;

/// <summary>
/// One demo site shared by a test class that only reads, with posts nobody may see: a draft, a private post, a post
/// scheduled for next week and a trashed one, each titled with <see cref="Hidden"/> so any leak is easy to find.
/// </summary>
public sealed class ApiSite : IAsyncLifetime
{
    public const string Hidden = "مخفي-سري";

    public QalamFactory Factory { get; } = new(demo: true);
    public HttpClient Client { get; private set; } = null!;
    public List<int> HiddenIds { get; } = [];

    public async Task InitializeAsync()
    {
        Client = Factory.CreateBrowserlessClient();
        foreach (var (status, at) in new (PostStatus, DateTimeOffset?)[]
                 {
                     (PostStatus.Draft, null), (PostStatus.Private, null), (PostStatus.Scheduled, TemplateDatabase.Now.AddDays(7)), (PostStatus.Trash, null),
                 })
        {
            var (id, _) = await Factory.AddPostAsync(new NewPost($"{Hidden} {status}", $"<p>{Hidden} نص لا يراه أحد</p>")
            {
                Status = status, PublishedUtc = at, Slug = $"hidden-{status.ToString().ToLowerInvariant()}", Tags = [Hidden],
            });
            HiddenIds.Add(id);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public static class ApiJson
{
    public static async Task<JsonNode> JsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static string Text(this JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
