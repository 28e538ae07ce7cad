using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Under a post: its tags once, share links that need nothing from the networks, and who wrote it.</summary>
public sealed class PostExtrasTests : IClassFixture<DemoSite>
{
    private const string Title = "إطلاق برنامج «مهارات» للتدريب الرقمي في سبها";
    private static readonly string PostPath = Urls.Post(Slug.FromText(Title));
    private readonly HttpClient _client;

    public PostExtrasTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task The_chips_under_a_post_list_only_the_tags_its_text_does_not_already_link()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        // The text links #بناء_القدرات and #ليبيا_الرقمية itself; «التدريب» is a tag the text does not name.
        Assert.Equal(["#بناء_القدرات", "#ليبيا_الرقمية"], doc.Texts(".post-body a.hashtag"));
        Assert.Equal(["#التدريب"], doc.Texts("article footer.tags a[rel=tag]"));
        Assert.Equal(3, doc.QuerySelectorAll("article a[rel=tag]").Length);
    }

    [Fact]
    public async Task Other_posts_list_only_the_tags_their_text_does_not_name()
    {
        var doc = await _client.GetDocumentAsync(Urls.Post(Slug.FromText("فتح باب التطوع لبرنامج «سفراء الأمان الرقمي»")));
        Assert.Equal(["#تطوع"], doc.Texts("article footer.tags a"));
        var statement = await _client.GetDocumentAsync(Urls.Post(Slug.FromText("الاجتماع السنوي للجمعية العمومية لعام 2026")));
        Assert.Equal(["#الحوكمة"], statement.Texts("article footer.tags a"));
        Assert.Equal(["#الشفافية"], statement.Texts(".post-body a.hashtag"));
    }

    [Fact]
    public async Task Share_links_are_plain_links_to_each_network_with_the_posts_address_and_title()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        var address = "http://localhost" + PostPath;
        var links = doc.QuerySelectorAll("section.share ul a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.Equal(["واتساب", "تيليجرام", "فيسبوك", "إكس", "البريد"], links.Keys);
        Assert.Equal("https://wa.me/?text=" + Uri.EscapeDataString(Title + " " + address), links["واتساب"]);
        Assert.Equal($"https://t.me/share/url?url={Uri.EscapeDataString(address)}&text={Uri.EscapeDataString(Title)}", links["تيليجرام"]);
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(address), links["فيسبوك"]);
        Assert.Equal($"https://x.com/intent/post?url={Uri.EscapeDataString(address)}&text={Uri.EscapeDataString(Title)}", links["إكس"]);
        Assert.Equal($"mailto:?subject={Uri.EscapeDataString(Title)}&body={Uri.EscapeDataString(address)}", links["البريد"]);
        // The copy button waits, hidden, for its script; the script is ours and deferred.
        var copy = doc.QuerySelector("section.share button.copy-link")!;
        Assert.True(copy.HasAttribute("hidden"));
        Assert.Equal(address, copy.GetAttribute("data-copy"));
        Assert.True(doc.QuerySelector("script[src^='/js/share.js']")!.HasAttribute("defer"));
    }

    [Fact]
    public async Task The_author_box_links_to_the_authors_page_with_their_bio()
    {
        var doc = await _client.GetDocumentAsync(PostPath);
        var box = doc.QuerySelector("article aside.author-box")!;
        Assert.Equal("/author/salma", box.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("سلمى الورفلي", box.QuerySelector("h2 a")!.TextContent.Trim());
        Assert.Equal("منسقة الاتصال في المؤسسة، تكتب عن التعليم الرقمي والشباب.", box.QuerySelector(".bio")!.TextContent.Trim());
        // No photo: the initial stands in for it, hidden from screen readers.
        Assert.Equal("س", box.QuerySelector(".author-initial[aria-hidden=true]")!.TextContent.Trim());
        Assert.Equal("قراءة في دقيقة", doc.QuerySelector("article .meta .reading")!.TextContent.Trim().TrimStart('·').Trim());
    }
}

/// <summary>What changes a post's extras: the author's photo, and tags all named in the text.</summary>
public sealed class PostExtrasSettingsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_author_box_shows_the_authors_photo()
    {
        await _factory.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Slug == "salma")).AvatarUrl = "/media/2026/11/salma.jpg";
            return await db.SaveChangesAsync();
        });
        var doc = await _factory.CreateClient().GetDocumentAsync(Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها"));
        var photo = doc.QuerySelector("aside.author-box img.author-photo")!;
        Assert.Equal("/media/2026/11/salma.jpg", photo.GetAttribute("src"));
        Assert.Equal(("72", "72"), (photo.GetAttribute("width"), photo.GetAttribute("height")));
        Assert.Null(doc.QuerySelector("aside.author-box .author-initial"));
    }

    [Fact]
    public async Task A_post_whose_tags_are_all_hashtags_in_its_text_has_no_chips()
    {
        var (_, slug) = await _factory.AddPostAsync(new NewPost("لقاء الشباب", "<p>لقاء #ليبيا_الرقمية ثم #بناء_القدرات اليوم.</p>"));
        var doc = await _factory.CreateClient().GetDocumentAsync(Urls.Post(slug));
        Assert.Equal(2, doc.QuerySelectorAll(".post-body a.hashtag").Length);
        Assert.Null(doc.QuerySelector("article footer.tags"));
    }
}
