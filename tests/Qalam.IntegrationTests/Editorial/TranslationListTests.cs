using System.Collections.Concurrent;
using System.Diagnostics;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

/// <summary>The post list's translations: which exist (linked to their editors), which are missing, which are older than their original.</summary>
public sealed class TranslationListTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static IElement Row(IDocument doc, string title) =>
        doc.QuerySelectorAll("table.posts tbody tr").Single(tr => tr.QuerySelector("td:nth-child(2) > a")?.TextContent.Trim() == title);

    private static IReadOnlyList<string> Titles(IDocument doc) =>
        doc.QuerySelectorAll("table.posts tbody td:nth-child(2) > a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<int> TranslateAsync(Editorial.Person person, int original, string language = "en")
    {
        var response = await person.Client.SubmitAsync($"/admin/posts/{original}", new Dictionary<string, string> { ["language"] = language }, ".add-translation");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task SaveTitleAsync(Editorial.Person person, int id, string title)
    {
        var response = await person.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string> { ["Form.Title"] = title }, "#editor-form", ("Intent", "Save"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_list_shows_each_posts_translations_the_missing_ones_and_those_older_than_the_original()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var original = await _factory.AddPostAsync(editor.Id, "افتتاح المكتبة", PostStatus.Published);
        await _factory.AddPostAsync(editor.Id, "خبر بلا ترجمة", PostStatus.Published);
        var translation = await TranslateAsync(editor, original);
        await SaveTitleAsync(editor, translation, "The library opens");

        var fresh = await editor.Client.GetDocumentAsync("/admin/posts");
        var originalRow = Row(fresh, "افتتاح المكتبة");
        var link = originalRow.QuerySelector(".row-translations a")!;
        Assert.Equal(("en", $"/admin/posts/{translation}"), (link.QuerySelector(".code")!.TextContent.Trim(), link.GetAttribute("href")));
        Assert.Null(originalRow.QuerySelector(".row-translations .missing"));
        Assert.Empty(fresh.QuerySelectorAll(".row-translations .stale"));
        Assert.Equal($"/admin/posts/{original}", Row(fresh, "The library opens").QuerySelector(".row-translations a")!.GetAttribute("href"));
        Assert.Equal("بلا ترجمة: EN", Row(fresh, "خبر بلا ترجمة").QuerySelector(".row-translations .missing")!.TextContent.Trim());

        // The original changes after its translation was last saved.
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        await SaveTitleAsync(editor, original, "افتتاح مكتبة المدينة");
        var later = await editor.Client.GetDocumentAsync("/admin/posts");

        Assert.Equal(["أقدم من الأصل"], Row(later, "افتتاح مكتبة المدينة").QuerySelectorAll(".row-translations .stale").Select(s => s.TextContent.Trim()));
        Assert.Equal("en", Row(later, "افتتاح مكتبة المدينة").QuerySelector(".row-translations .stale")!.PreviousElementSibling!.QuerySelector(".code")!.TextContent.Trim());
        Assert.Single(Row(later, "The library opens").QuerySelectorAll(".row-translations .stale"));
        Assert.Null(Row(later, "خبر بلا ترجمة").QuerySelector(".row-translations .stale"));
        Assert.Equal(["خبر بلا ترجمة"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Missing=en")));
        Assert.Empty(Titles(await editor.Client.GetDocumentAsync("/admin/posts?Missing=ar")));
        Assert.Equal(["The library opens"], Titles(await editor.Client.GetDocumentAsync("/admin/posts?Language=en")));
        // Saving the translation again brings it up to date.
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await SaveTitleAsync(editor, translation, "The city library opens");
        Assert.Empty((await editor.Client.GetDocumentAsync("/admin/posts")).QuerySelectorAll(".row-translations .stale"));
    }

    [Fact]
    public async Task The_list_reads_its_pages_translations_in_one_query_however_many_rows_have_them()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        await TranslateAsync(editor, await _factory.AddPostAsync(editor.Id, "مقالة 1", PostStatus.Published));
        var one = await CommandsAsync(editor.Client, "/admin/posts");
        for (var i = 2; i <= 6; i++) await TranslateAsync(editor, await _factory.AddPostAsync(editor.Id, $"مقالة {i}", PostStatus.Published));
        var six = await CommandsAsync(editor.Client, "/admin/posts");

        Assert.Equal(12, Titles(await editor.Client.GetDocumentAsync("/admin/posts")).Count);
        Assert.Equal(one, six);
    }

    /// <summary>How many SQL commands a request runs on this test's database (others run in parallel on theirs).</summary>
    private async Task<int> CommandsAsync(HttpClient client, string path)
    {
        var connection = await _factory.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()));
        await client.GetAsync(path);
        var commands = new ConcurrentQueue<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Listener(e =>
        {
            if (e is CommandExecutedEventData { Context: { } db } executed && db.Database.GetConnectionString() == connection) commands.Enqueue(executed.Command.CommandText);
        }));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        return commands.Count;
    }

    private sealed class Listener(Action<object?> onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) value.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name) onCommand(value.Value);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
