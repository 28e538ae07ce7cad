using Microsoft.Extensions.DependencyInjection;
using Qalam.Caching;
using Qalam.IntegrationTests.Editorial;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Caching;

/// <summary>
/// The mark a process leaves in the data directory after each change, for other processes writing the same database.
/// Changes in one process overlap: an editor's save is announced while a reader's request announces a post that just
/// came due (ScheduleHorizon), so two marks are written at once.
/// </summary>
public sealed class ChangeMarkTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Changes_announced_at_the_same_time_each_leave_the_mark()
    {
        var marks = _factory.Services.GetRequiredService<OtherProcesses>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => marks.OnChangedAsync(ContentChange.Everything, CancellationToken.None))));

        var mark = await File.ReadAllTextAsync(Path.Combine(_factory.DataDirectory, "content-changed"));
        Assert.StartsWith($"{Environment.ProcessId}:", mark);
        // No temporary file left behind ("content-changed.*" would match the mark itself too: .NET's pattern rules).
        Assert.Equal(["content-changed"], Directory.GetFiles(_factory.DataDirectory, "content-changed*").Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_post_published_now_is_announced_once_not_again_by_the_next_reader()
    {
        var reader = _factory.CreateBrowserlessClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var author = await _factory.SignInAsync(Role.Author);
        await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "خبر عاجل", ["Form.Slug"] = "breaking-news", ["Form.BodyHtml"] = "<p>نشر الآن</p>",
        }, "#editor-form", ("Intent", "Publish"));
        var path = Path.Combine(_factory.DataDirectory, "content-changed");
        var published = await File.ReadAllTextAsync(path);

        // The next reader sees the post; nothing is announced again (another process would drop its whole cache).
        Assert.Contains("breaking-news", await (await reader.GetAsync("/")).Content.ReadAsStringAsync());
        Assert.Equal(published, await File.ReadAllTextAsync(path));
    }
}
