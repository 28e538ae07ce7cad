using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Media;
using Qalam.IntegrationTests.Pages;
using Qalam.Organisation;
using Qalam.Sharing;
using SkiaSharp;

namespace Qalam.IntegrationTests.Sharing;

/// <summary>
/// A link to a post shared on WhatsApp, Telegram or X shows its card: the title drawn in shaped Arabic (or English), the
/// kind and the organisation. Each card drawn here is kept in the test output's share-cards folder to be looked at.
/// </summary>
public sealed class ShareCardTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);
    private readonly HttpClient _client;

    public ShareCardTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private Task<string> SlugOfAsync(string title) => _factory.WithDbAsync(db => db.Posts.Where(p => p.Title == title).Select(p => p.Slug).FirstAsync());

    [Fact]
    public async Task Every_kind_of_post_has_a_1200_by_630_card_with_its_title_drawn_that_its_page_shares()
    {
        var (statementYear, statementNumber) = await _factory.WithDbAsync(db => db.Statements.Where(s => s.Post.Title == "بشأن حماية بيانات المتدربين")
            .Select(s => new ValueTuple<int, int>(s.Year!.Value, s.Number!.Value)).FirstAsync());
        var pages = new (string Name, string Path)[]
        {
            ("news", Urls.Post(await SlugOfAsync("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها"))),
            ("statement", OrganisationUrls.Statement(statementYear, statementNumber)),
            ("endorsement", Urls.Post(await SlugOfAsync("تزكية من نقابة المعلمين بطرابلس"))),
            ("page", Urls.Post("about-us")),
            ("news-english", "/en" + Urls.Post("waha-joins-regional-network")),
        };
        foreach (var (name, path) in pages)
        {
            var page = await _client.GetDocumentAsync(path);
            var card = Cards.PathOf(page.Meta("og:image")!);
            Assert.Matches("^/cards/[0-9]+/[0-9a-f]{16}\\.png$", card);
            Assert.Equal("summary_large_image", page.Meta("twitter:card"));
            // Platforms lay the preview out before fetching the image when they know its size, and read its text aloud.
            Assert.Equal(("1200", "630"), (page.Meta("og:image:width"), page.Meta("og:image:height")));
            Assert.False(string.IsNullOrWhiteSpace(page.Meta("og:image:alt")), name);
            Assert.Equal(page.Meta("og:image"), page.Meta("twitter:image"));

            var response = await _client.GetAsync(card);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            var png = await response.Content.ReadAsByteArrayAsync();
            Cards.Keep(png, name);
            Assert.Equal((1200, 630), Cards.Size(png));
            // The title's ink covers a good part of its area: a blank or mis-fonted card would not.
            var area = Cards.TitleArea;
            var ink = Cards.DarkPixels(png, area);
            Assert.True(ink > 1500, $"{name}: only {ink} dark pixels in the title area");
            // Arabic titles start at the right edge of the title area, English ones at the left.
            var (start, end) = (SKRectI.Create(area.Right - 150, area.Top, 150, area.Height), SKRectI.Create(area.Left, area.Top, 150, area.Height));
            if (name.EndsWith("english", StringComparison.Ordinal)) (start, end) = (end, start);
            Assert.True(Cards.DarkPixels(png, start) > 500, $"{name}: the title does not start at the line's start");
        }
    }

    [Fact]
    public async Task A_statement_has_one_card_at_its_official_address_and_its_digits_follow_the_settings()
    {
        var statement = await _factory.WithDbAsync(db => db.Statements.Where(s => s.Post.Title == "بشأن حماية بيانات المتدربين")
            .Select(s => new { s.Year, s.Number, s.Post.Slug }).FirstAsync());
        var official = OrganisationUrls.Statement(statement.Year!.Value, statement.Number!.Value);
        var fromStatement = await _client.ImageOfAsync(official);
        // Its post address is only a way to the official one, so a link preview of either shows this card.
        var viaSlug = await _client.GetAsync(Urls.Post(statement.Slug));
        Assert.Equal(HttpStatusCode.MovedPermanently, viaSlug.StatusCode);
        Assert.Equal(official, viaSlug.Headers.Location?.OriginalString);
        await _factory.ChangeSettingsAsync(s => s.Digits = DigitStyle.ArabicIndic);
        var indic = await _client.ImageOfAsync(OrganisationUrls.Statement(statement.Year!.Value, statement.Number!.Value));
        Assert.NotEqual(fromStatement, indic);
        Cards.Keep(await _client.PngAsync(indic), "statement-arabic-indic-digits");
    }

    [Fact]
    public async Task A_long_mixed_arabic_and_latin_title_is_cut_after_four_lines_and_stays_inside_the_card()
    {
        var (_, slug) = await _factory.AddPostAsync(new NewPost(
            "قال مدير Microsoft في ليبيا إن شبكات 5G ستصل إلى طرابلس وبنغازي وسبها قبل نهاية عام 2027، في خطوة تنتظرها المدارس " +
            "والجامعات والمستشفيات منذ سنوات طويلة، وإن الشركة ستفتح مكتبًا في مصراتة لدعم المطورين الليبيين الشباب في كل المدن",
            "<p>نص.</p>") { PublishedUtc = _factory.Clock.GetUtcNow().AddMinutes(-5) });
        var png = await _client.PngAsync(await _client.ImageOfAsync(Urls.Post(slug)));
        Cards.Keep(png, "news-long-mixed");
        Assert.True(Cards.DarkPixels(png, Cards.TitleArea) > 10_000);
        // Nothing of the title is drawn in the margins beside it.
        Assert.Equal(0, Cards.DarkPixels(png, SKRectI.Create(0, 120, 60, 400)));
        Assert.Equal(0, Cards.DarkPixels(png, SKRectI.Create(1140, 120, 60, 400)));
    }

    [Fact]
    public async Task A_title_mixing_arabic_latin_and_numbers_is_drawn_in_reading_order()
    {
        var (_, slug) = await _factory.AddPostAsync(new NewPost("مؤتمر «الأمن الرقمي» (الدورة الثانية) في طرابلس عام 2027، بمشاركة Google وMeta", "<p>نص.</p>")
            { PublishedUtc = _factory.Clock.GetUtcNow().AddMinutes(-5) });
        var png = await _client.PngAsync(await _client.ImageOfAsync(Urls.Post(slug)));
        Cards.Keep(png, "news-mixed");
        Assert.True(Cards.DarkPixels(png, Cards.TitleArea) > 10_000);
    }

    [Fact]
    public async Task Editing_the_title_gives_the_page_a_new_card_and_the_old_address_leads_to_it()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var id = await _factory.AddPostAsync(editor.Id, "عنوان أول قصير", PostStatus.Published, publishAt: _factory.Clock.GetUtcNow().AddMinutes(-5));
        var slug = (await _factory.PostAsync(id)).Slug;
        var before = await _client.ImageOfAsync(Urls.Post(slug));
        var oldPng = await _client.PngAsync(before);

        var saved = await editor.Client.SubmitAsync($"/admin/posts/{id}",
            new Dictionary<string, string> { ["Form.Title"] = "عنوان ثانٍ أطول بكثير من الأول يملأ سطرين من البطاقة على الأقل" }, "#editor-form", ("Intent", "Save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await _client.ImageOfAsync(Urls.Post(slug));
        Assert.NotEqual(before, after);
        var newPng = await _client.PngAsync(after);
        Assert.NotEqual(oldPng, newPng);
        Cards.Keep(newPng, "news-edited");
        var old = await _client.GetAsync(before);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal(after, old.Headers.Location!.OriginalString);
        // One file per post: the old card is gone from the cache.
        Assert.Single(Directory.GetFiles(Path.Combine(_factory.DataDirectory, "cache", "cards"), $"{id}-*.png"));
    }

    [Fact]
    public async Task A_draft_or_a_post_made_private_has_no_card()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var draft = await _factory.AddPostAsync(editor.Id, "مسودة لا تُنشر");
        var settings = await _factory.WithDbAsync(db => db.Settings.AsNoTracking().FirstAsync());
        var draftCard = ShareCard.For(draft, "مسودة لا تُنشر", PostKind.News, "ar", settings).Path;
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(draftCard)).StatusCode);

        var id = await _factory.AddPostAsync(editor.Id, "خبر يصبح خاصًا", PostStatus.Published, publishAt: _factory.Clock.GetUtcNow().AddMinutes(-5));
        var card = await _client.ImageOfAsync(Urls.Post((await _factory.PostAsync(id)).Slug));
        await _client.PngAsync(card);
        var made = await editor.Client.SubmitAsync($"/admin/posts/{id}", new Dictionary<string, string>(), "#editor-form", ("Intent", "Private"));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(card)).StatusCode);
    }

    [Fact]
    public async Task The_site_logo_from_the_media_library_is_drawn_beside_the_name_and_changes_the_card()
    {
        var slug = await SlugOfAsync("ورشة عن الذكاء الاصطناعي في العمل الصحفي");
        var nameOnly = await _client.ImageOfAsync(Urls.Post(slug));
        var nameOnlyPng = await _client.PngAsync(nameOnly);
        // The settings point at a logo uploaded to the library: a blue band (#1d4ed8), large enough to have variants.
        var admin = await _factory.SignInAsync(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.UploadAsync(BlueLogo(1000, 400), "logo.png", "شعار المؤسسة")).StatusCode);
        var logo = await _factory.WithDbAsync(db => db.Media.OrderByDescending(m => m.Id).Select(m => m.StoragePath).FirstAsync());
        await _factory.ChangeSettingsAsync(s => s.LogoUrl = Urls.Media(logo));

        var withLogo = await _client.ImageOfAsync(Urls.Post(slug));
        Assert.NotEqual(nameOnly, withLogo);
        static bool Blue(SKColor c) => c.Blue > 180 && c.Red < 60 && c.Green < 110;
        Assert.Equal(0, Cards.Count(nameOnlyPng, Cards.Foot, Blue));
        var png = await _client.PngAsync(withLogo);
        Cards.Keep(png, "news-with-logo");
        Assert.True(Cards.Count(png, Cards.Foot, Blue) > 1000);
    }

    private static byte[] BlueLogo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(0x1d, 0x4e, 0xd8));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public async Task Concurrent_first_requests_for_a_card_all_get_the_same_image()
    {
        var card = await _client.ImageOfAsync(Urls.Post(await SlugOfAsync("دليل مبسط لحماية حساباتك على مواقع التواصل")));
        var images = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.PngAsync(card)));
        Assert.All(images, png => Assert.Equal(images[0], png));
        Assert.Single(Directory.GetFiles(Path.Combine(_factory.DataDirectory, "cache", "cards")));
    }

    [Fact]
    public async Task A_post_with_its_own_image_shares_that_image_and_not_a_card()
    {
        var logo = await _factory.WithDbAsync(db => db.Partners.Select(p => p.Logo!).FirstAsync());
        var (id, slug) = await _factory.AddPostAsync(new NewPost("خبر بصورة", "<p>نص.</p>") { PublishedUtc = _factory.Clock.GetUtcNow().AddMinutes(-5) });
        await _factory.WithDbAsync(async db =>
        {
            (await db.Posts.FirstAsync(p => p.Id == id)).FeaturedMediaId = logo.Id;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(Urls.Media(logo.StoragePath), await _client.ImageOfAsync(Urls.Post(slug)));
    }
}
