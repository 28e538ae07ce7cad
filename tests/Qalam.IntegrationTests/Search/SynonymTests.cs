using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>A word in a synonym group also finds the group's other words, across scripts and both ways; editors keep the groups.</summary>
public sealed class SynonymTests : IAsyncLifetime
{
    private readonly QalamFactory _factory = new(demo: false);
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        _reader = _factory.CreateBrowserlessClient();
        var author = await _factory.SignInAsync(Role.Editor);
        foreach (var (title, body) in new[]
        {
            ("جوجل تفتح مكتبًا إقليميًا", "<p>أعلنت الشركة عن مكتبها الجديد.</p>"),
            ("Google opens a regional office", "<p>The company announced its new office.</p>"),
            ("صفحة المؤسسة على فيسبوك", "<p>تابعونا هناك.</p>"),
            ("Our page on Facebook", "<p>Follow us there.</p>"),
            ("Internet access in Libya", "<p>A survey of connectivity.</p>"),
            ("جائحة كورونا والتعليم", "<p>أثر الإغلاق على المدارس.</p>"),
        })
        {
            await _factory.AddPostAsync(author.Id, title, PostStatus.Published, body, _factory.Clock.GetUtcNow().AddDays(-1));
        }
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<string>> TitlesAsync(string q) =>
        (await _reader.SearchAsync(q)).QuerySelectorAll(".result-list h3").Select(h => h.TextContent.Trim()).Order().ToList();

    [Theory]
    [InlineData("جوجل", "Google opens a regional office,جوجل تفتح مكتبًا إقليميًا")]
    [InlineData("Google", "Google opens a regional office,جوجل تفتح مكتبًا إقليميًا")]
    [InlineData("غوغل", "Google opens a regional office,جوجل تفتح مكتبًا إقليميًا")]
    [InlineData("فيسبوك", "Our page on Facebook,صفحة المؤسسة على فيسبوك")]
    [InlineData("facebook", "Our page on Facebook,صفحة المؤسسة على فيسبوك")]
    [InlineData("ليبيا", "Internet access in Libya")]
    [InlineData("مكتب جوجل", "جوجل تفتح مكتبًا إقليميًا")]                 // the other words still all must match
    public async Task A_seeded_name_finds_its_spelling_in_the_other_script(string q, string expected)
    {
        Assert.Equal(expected.Split(',').Order(), await TitlesAsync(q));
        Assert.Equal($"عدد النتائج: {expected.Split(',').Length}", (await _reader.SearchAsync(q)).Count());
    }

    [Fact]
    public async Task Exact_mode_searches_only_the_word_as_written()
    {
        var doc = await _reader.SearchAsync("جوجل", "&exact=true");
        Assert.Equal(["جوجل تفتح مكتبًا إقليميًا"], doc.QuerySelectorAll(".result-list h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task An_editor_adds_changes_and_deletes_a_group_and_search_follows()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        Assert.Empty(await TitlesAsync("كوفيد"));

        var added = await editor.Client.SubmitAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Words"] = "كورونا، كوفيد" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["جائحة كورونا والتعليم"], await TitlesAsync("كوفيد"));
        var page = await editor.Client.GetDocumentAsync("/admin/search/synonyms");
        Assert.Contains("أُضيفت المجموعة: كورونا، كوفيد", page.QuerySelector("main .flash")!.TextContent);
        var id = await _factory.WithDbAsync(db => db.SearchSynonyms.Where(s => s.Words == "كورونا، كوفيد").Select(s => s.Id).FirstAsync());

        await editor.Client.SubmitAsync(page, "/admin/search/synonyms", new Dictionary<string, string> { ["groupWords"] = "كورونا، كوفيد-19, COVID" },
            $"form:has(#group-{id})");
        Assert.Equal(["جائحة كورونا والتعليم"], await TitlesAsync("covid"));

        var form = (await editor.Client.GetDocumentAsync("/admin/search/synonyms")).QuerySelector($"form:has(#group-{id}) button.danger")!.GetAttribute("formaction")!;
        await editor.Client.PostFormAsync("/admin/search/synonyms", new Dictionary<string, string>(), postUrl: form, formSelector: $"form:has(#group-{id})");
        Assert.Empty(await TitlesAsync("كوفيد"));
        Assert.Equal(["synonyms-added", "synonyms-changed", "synonyms-deleted"],
            await _factory.WithDbAsync(db => db.Audit.Where(a => a.Subject == $"synonyms:{id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_group_of_one_word_is_refused_with_one_clear_line()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var refused = await editor.Client.SubmitAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Words"] = "كورونا" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("اكتب كلمتين على الأقل يُبحث بهما، بينهما فاصلة.", doc.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal("كورونا", doc.QuerySelector("#new-words")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editors_and_administrators_keep_synonyms_and_authors_may_not()
    {
        var admin = await _factory.SignInAsync(Role.Administrator);
        var author = await _factory.SignInAsync(Role.Author);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/search/synonyms")).StatusCode);
        Assert.True((await author.Client.GetAsync("/admin/search/synonyms")).IsRefused());
        // A form taken from an administrator's page and sent by an author changes nothing.
        var doc = await admin.Client.GetDocumentAsync("/admin/search/synonyms");
        var sent = await author.Client.SubmitAsync(doc, "/admin/search/synonyms?handler=Add", new Dictionary<string, string> { ["Words"] = "أ، ب" });
        Assert.True(sent.IsRefused());
        Assert.Equal(12, await _factory.WithDbAsync(db => db.SearchSynonyms.CountAsync()));
    }
}
