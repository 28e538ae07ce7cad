using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

public sealed class SanitisedPostTests : IDisposable
{
    private const string Attack =
        "<p onmouseover=\"alert(1)\" style=\"background:url(javascript:alert(2))\">نص سليم يبقى</p>" +
        "<script>alert(3)</script><style>p{width:expression(alert(4))}</style>" +
        "<p><a href=\"&#106;avascript:alert(5)\">رابط أول</a> <a href=\"JAVASCRIPT:alert(6)\">رابط ثان</a> <a href=\"data:text/html,<script>alert(7)</script>\">رابط ثالث</a></p>" +
        "<iframe src=\"https://evil.example/\"></iframe><object data=\"evil.swf\"></object>" +
        "<img src=\"/media/x.png\" onerror=\"alert(8)\" alt=\"صورة\">";

    private readonly QalamFactory _factory = new(demo: true);
    private readonly HttpClient _client;

    public SanitisedPostTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_hostile_body_is_stored_and_rendered_harmless_on_the_post_page_archives_and_feeds()
    {
        var (id, slug) = await _factory.AddPostAsync(new NewPost("مقال فيه محاولات اختراق", Attack) { AuthorSlug = "khaled" });

        var stored = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.BodyHtml).SingleAsync());
        foreach (var bad in new[] { "<script", "<style", "<iframe", "<object", "onmouseover", "onerror", "javascript:", "data:", "expression(", "style=" })
        {
            Assert.DoesNotContain(bad, stored, StringComparison.OrdinalIgnoreCase);
        }

        var page = await _client.GetDocumentAsync(Urls.Post(slug));
        var body = page.QuerySelector("article .post-body")!;
        Assert.Equal("نص سليم يبقى", body.QuerySelector("p")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("script, style, iframe, object, [style], [onmouseover], [onerror]"));
        Assert.Equal(["رابط أول", "رابط ثان", "رابط ثالث"], body.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.All(body.QuerySelectorAll("a"), a => Assert.Null(a.GetAttribute("href")));
        Assert.Equal("صورة", body.QuerySelector("img")!.GetAttribute("alt"));

        await _factory.ChangeSettingsAsync(s => s.ArchivesShowFullText = true);
        var archive = await _client.GetDocumentAsync("/author/khaled");
        Assert.Empty(archive.QuerySelectorAll("main script, main style, main iframe, main [onmouseover], main [onerror]"));
        var feed = await _client.GetStringAsync("/feed/atom");
        Assert.DoesNotContain("javascript:", feed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", feed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&lt;script", feed, StringComparison.OrdinalIgnoreCase);
    }
}
