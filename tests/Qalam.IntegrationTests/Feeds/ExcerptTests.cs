using System.Xml.Linq;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Feeds;

/// <summary>An excerpt is plain text: what was typed as markup reaches readers and feed readers as text, never as HTML.</summary>
public sealed class ExcerptTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> PublishAsync(string excerpt)
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var response = await editor.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "خبر بمقتطف", ["Form.BodyHtml"] = "<p>نص الخبر الكامل.</p>", ["Form.Excerpt"] = excerpt,
        }, "#editor-form", ("Intent", "Publish"));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task Markup_in_an_excerpt_is_stored_and_shown_as_text_in_the_page_and_the_feeds()
    {
        var id = await PublishAsync("<p>مقدمة <b>مهمة</b></p><img src=x onerror=alert(1)><script>alert(2)</script>");
        var site = _factory.CreateBrowserlessClient();

        var stored = (await _factory.PostAsync(id)).Excerpt;
        var home = await site.GetDocumentAsync("/");
        var rss = XDocument.Parse(await site.GetStringAsync("/feed"));
        var atom = XDocument.Parse(await site.GetStringAsync("/feed/atom"));

        Assert.Equal("مقدمة مهمة", stored);
        Assert.Equal("مقدمة مهمة", home.QuerySelector(".post-list .excerpt")!.TextContent);
        Assert.Empty(home.QuerySelectorAll(".post-list .excerpt *"));
        Assert.Equal("مقدمة مهمة", rss.Descendants("item").Single().Element("description")!.Value);
        var summary = atom.Descendants(Atom + "entry").Single().Element(Atom + "summary")!;
        Assert.Equal("مقدمة مهمة", summary.Value);
        Assert.Null(summary.Attribute("type"));
    }

    [Fact]
    public async Task Escaped_markup_in_an_excerpt_is_decoded_once_and_reaches_feed_readers_escaped()
    {
        var id = await PublishAsync("قبل &lt;img src=x onerror=alert(1)&gt; بعد");
        var site = _factory.CreateBrowserlessClient();

        var stored = (await _factory.PostAsync(id)).Excerpt;
        var home = await site.GetDocumentAsync("/");
        var rss = XDocument.Parse(await site.GetStringAsync("/feed"));

        Assert.Equal("قبل <img src=x onerror=alert(1)> بعد", stored);
        Assert.Equal("قبل <img src=x onerror=alert(1)> بعد", home.QuerySelector(".post-list .excerpt")!.TextContent);
        Assert.Empty(home.QuerySelectorAll(".post-list .excerpt img"));
        // RSS readers read a description as HTML, so text must arrive there HTML-encoded.
        Assert.Equal("قبل &lt;img src=x onerror=alert(1)&gt; بعد", rss.Descendants("item").Single().Element("description")!.Value);
    }
}
