using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Search;

/// <summary>A word in a synonym group also finds the group's other words, across scripts and both ways; editors keep the groups.</summary>
/// <remarks>
/// The searches only read, so they share one app with the posts written once. The checks that keep groups (or try to)
/// write the same posts into an app of their own: a group they add would change what the searches find.
/// </remarks>
public sealed class SynonymTests(SynonymTests.Site site) : IClassFixture<SynonymTests.Site>
{
    private readonly HttpClient _reader = site.Reader;

    /// <summary>Writes the posts the searches look for; returns a reader's client.</summary>
    private static async Task<HttpClient> SeedAsync(QalamFactory factory)
    {
        var reader = factory.CreateBrowserlessClient();
        var author = await factory.SignInAsync(Role.Editor);
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
            await factory.AddPostAsync(author.Id, title, PostStatus.Published, body, factory.Clock.GetUtcNow().AddDays(-1));
        }
        return reader;
    }

    private Task<IReadOnlyList<string>> TitlesAsync(string q) => TitlesAsync(_reader, q);

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient reader, string q) =>
        (await reader.SearchAsync(q)).QuerySelectorAll(".result-list h3").Select(h => h.TextContent.Trim()).Order().ToList();

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
        using var factory = new QalamFactory(demo: false);
        var reader = await SeedAsync(factory);
        var editor = await factory.SignInAsync(Role.Editor);
        Assert.Empty(await TitlesAsync(reader, "كوفيد"));

        var added = await editor.Client.SubmitAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Words"] = "كورونا، كوفيد" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["جائحة كورونا والتعليم"], await TitlesAsync(reader, "كوفيد"));
        var page = await editor.Client.GetDocumentAsync("/admin/search/synonyms");
        Assert.Contains("أُضيفت المجموعة: كورونا، كوفيد", page.QuerySelector("main .flash")!.TextContent);
        var id = await factory.WithDbAsync(db => db.SearchSynonyms.Where(s => s.Words == "كورونا، كوفيد").Select(s => s.Id).FirstAsync());

        await editor.Client.SubmitAsync(page, "/admin/search/synonyms", new Dictionary<string, string> { ["groupWords"] = "كورونا، كوفيد-19, COVID" },
            $"form:has(#group-{id})");
        Assert.Equal(["جائحة كورونا والتعليم"], await TitlesAsync(reader, "covid"));

        var form = (await editor.Client.GetDocumentAsync("/admin/search/synonyms")).QuerySelector($"form:has(#group-{id}) button.danger")!.GetAttribute("formaction")!;
        await editor.Client.PostFormAsync("/admin/search/synonyms", new Dictionary<string, string>(), postUrl: form, formSelector: $"form:has(#group-{id})");
        Assert.Empty(await TitlesAsync(reader, "كوفيد"));
        Assert.Equal(["synonyms-added", "synonyms-changed", "synonyms-deleted"],
            await factory.WithDbAsync(db => db.Audit.Where(a => a.Subject == $"synonyms:{id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_group_of_one_word_is_refused_with_one_clear_line()
    {
        using var factory = new QalamFactory(demo: false);
        await SeedAsync(factory);
        var editor = await factory.SignInAsync(Role.Editor);
        var refused = await editor.Client.SubmitAsync("/admin/search/synonyms", new Dictionary<string, string> { ["Words"] = "كورونا" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal("اكتب كلمتين على الأقل يُبحث بهما، بينهما فاصلة.", doc.QuerySelector("main [role=alert]")!.TextContent.Trim());
        Assert.Equal("كورونا", doc.QuerySelector("#new-words")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editors_and_administrators_keep_synonyms_and_authors_may_not()
    {
        using var factory = new QalamFactory(demo: false);
        await SeedAsync(factory);
        var admin = await factory.SignInAsync(Role.Administrator);
        var author = await factory.SignInAsync(Role.Author);

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/search/synonyms")).StatusCode);
        Assert.True((await author.Client.GetAsync("/admin/search/synonyms")).IsRefused());
        // A form taken from an administrator's page and sent by an author changes nothing.
        var doc = await admin.Client.GetDocumentAsync("/admin/search/synonyms");
        var sent = await author.Client.SubmitAsync(doc, "/admin/search/synonyms?handler=Add", new Dictionary<string, string> { ["Words"] = "أ، ب" });
        Assert.True(sent.IsRefused());
        Assert.Equal(12, await factory.WithDbAsync(db => db.SearchSynonyms.CountAsync()));
    }

    /// <summary>The app with the posts written, and a reader.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public QalamFactory Factory { get; } = new(demo: false);
        public HttpClient Reader { get; private set; } = null!;

        public async Task InitializeAsync() => Reader = await SeedAsync(Factory);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
