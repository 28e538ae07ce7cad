using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.Media;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Every list shows its posts as cards: picture (or a tinted block of words), kind, date and author.</summary>
public sealed class CardTests : IClassFixture<DemoSite>
{
    private readonly HttpClient _client;

    public CardTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    private static IElement Card(IDocument doc, string title) =>
        doc.QuerySelectorAll(".post-list article.card").Single(c => c.QuerySelector(":is(h2, h3) a")!.TextContent.Trim().EndsWith(title, StringComparison.Ordinal));

    [Fact]
    public async Task A_card_names_its_posts_kind_in_the_posts_language_its_date_and_its_author()
    {
        var home = await _client.GetDocumentAsync("/");
        var news = Card(home, "إطلاق برنامج «مهارات» للتدريب الرقمي في سبها");
        Assert.Equal("خبر", news.QuerySelector(".card-kind")!.TextContent.Trim());
        Assert.Equal("18 نوفمبر 2026", news.QuerySelector(".meta time bdi")!.TextContent.Trim());
        Assert.Equal("سلمى الورفلي", news.QuerySelector(".meta a[href='/author/salma']")!.TextContent.Trim());

        Assert.Equal("بيان", Card(home, "حول رسائل الاحتيال المنسوبة للمؤسسة").QuerySelector(".card-kind")!.TextContent.Trim());
        Assert.Equal("تزكية", Card(home, "تزكية من نقابة المعلمين بطرابلس").QuerySelector(".card-kind")!.TextContent.Trim());
        // English posts are listed on the English home.
        var english = Card(await _client.GetDocumentAsync("/en/"), "Annual report 2025 now available");
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Equal("News", english.QuerySelector(".card-kind")!.TextContent.Trim());
        Assert.Equal("11 November 2026", english.QuerySelector(".meta time bdi")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_a_picture_gets_a_block_of_its_kind_and_title_not_an_empty_box()
    {
        var home = await _client.GetDocumentAsync("/");
        var news = Card(home, "إطلاق برنامج «مهارات» للتدريب الرقمي في سبها");
        Assert.Null(news.QuerySelector("img"));
        var block = news.QuerySelector(".card-type")!;
        Assert.Equal("true", block.GetAttribute("aria-hidden"));
        Assert.Equal("خبر", block.QuerySelector(".card-type-kind")!.TextContent.Trim());
        Assert.Equal("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", block.QuerySelector(".card-type-words")!.TextContent.Trim());
        // A numbered statement's block carries its number.
        var statement = Card(home, "حول رسائل الاحتيال المنسوبة للمؤسسة").QuerySelector(".card-type-words")!;
        Assert.Equal("بيان رقم (2) لعام 2026", statement.TextContent.Trim());
    }

    [Fact]
    public async Task Cards_are_the_same_on_archives()
    {
        var tag = await _client.GetDocumentAsync(Urls.Tag("الأمن-السيبراني"));
        Assert.Equal(4, tag.QuerySelectorAll(".post-list article.card").Length);
        Assert.All(tag.QuerySelectorAll(".post-list article.card"), c => Assert.NotNull(c.QuerySelector(".card-kind")));
        var author = await _client.GetDocumentAsync("/author/khaled");
        Assert.All(author.QuerySelectorAll(".post-list article.card .meta a[href^='/author/']"), a => Assert.Equal("/author/khaled", a.GetAttribute("href")));
    }
}

/// <summary>Cards with pictures: sized so nothing moves while they load, the first loaded at once, the rest when scrolled to.</summary>
public sealed class CardImageTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> PictureAsync(string name, int width, int height) => await _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var item = await sp.GetRequiredService<MediaStore>().SaveAsync(new MemoryStream(MediaFiles.Jpeg(width, height)), name, "صورة " + name, null);
        await db.SaveChangesAsync();
        return item.Id;
    });

    [Fact]
    public async Task A_card_shows_its_picture_at_its_size_and_only_the_leading_card_loads_it_at_once()
    {
        var small = await PictureAsync("small.jpg", 800, 600);
        var wide = await PictureAsync("wide.jpg", 1200, 800);
        await PublicMediaTests.PublishPostAsync(_factory, "مقال بصورة صغيرة", small);
        await PublicMediaTests.PublishPostAsync(_factory, "مقال بصورة عريضة", wide);

        var home = await _factory.CreateClient().GetDocumentAsync("/");
        var cards = home.QuerySelectorAll(".post-list article.card").ToList();
        Assert.Equal(["مقال بصورة عريضة", "مقال بصورة صغيرة"], cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));

        var lead = cards[0].QuerySelector("picture img.card-image")!;
        Assert.Contains("card-lead", cards[0].ClassList);
        Assert.Equal(("1200", "800"), (lead.GetAttribute("width"), lead.GetAttribute("height")));
        Assert.Contains("/media/", lead.GetAttribute("src"));
        Assert.Contains(" 320w", lead.GetAttribute("srcset"));
        Assert.NotNull(cards[0].QuerySelector("picture source[type='image/webp']"));
        Assert.Null(lead.GetAttribute("loading"));
        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        // The title says what the card is about; the picture is decoration for screen readers.
        Assert.Equal("", lead.GetAttribute("alt"));
        Assert.Null(cards[0].QuerySelector(".card-type"));

        var below = cards[1].QuerySelector("img.card-image")!;
        Assert.Equal(("800", "600"), (below.GetAttribute("width"), below.GetAttribute("height")));
        Assert.Equal("lazy", below.GetAttribute("loading"));
        Assert.Null(below.GetAttribute("fetchpriority"));
    }
}
