using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;
using SkiaSharp;

namespace Qalam.BrowserTests.Public;

/// <summary>
/// The pages a visitor meets first, on a phone and on a desktop: the home page's sections, a post with a picture and
/// one without, a page and the transparency table. Each fits the screen, passes axe, and is saved as a screenshot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemePagesTests(BrowserFixture browser)
{
    public const string PicturedSlug = "waha-opens-a-training-centre-in-ghat";
    private const string PicturedTitle = "افتتاح مركز التدريب الرقمي في غات";
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("post-with-picture", "/" + PicturedSlug),
        ("post-without-picture", Urls.Post(Slug.FromText("دليل مبسط لحماية حساباتك على مواقع التواصل"))),
        ("page", "/about-us"),
        ("transparency", "/transparency"),
    ];

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Home_posts_a_page_and_transparency_fit_the_screen_pass_axe_and_are_saved_as_screenshots(int width, int height)
    {
        await SeedPicturedPostAsync();
        var page = await browser.NewPageAsync(width, height);
        try
        {
            foreach (var (name, path) in Pages)
            {
                Assert.Equal(200, (await page.GotoAsync(path))!.Status);
                Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{name} scrolls sideways at {width} px");
                var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
                Assert.True(violations.Count == 0, $"{name} at {width} px:\n{string.Join("\n", violations)}");
                await ScreenshotAsync(page, $"theme-{name}-{width}");
            }
            foreach (var (name, path) in Pages.Take(2))
            {
                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
                await page.GotoAsync(path);
                var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
                Assert.True(violations.Count == 0, $"{name} at {width} px, dark:\n{string.Join("\n", violations)}");
                await ScreenshotAsync(page, $"theme-{name}-{width}-dark");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_leading_card_shows_its_picture_without_shifting_the_page_as_it_loads()
    {
        await SeedPicturedPostAsync();
        var page = await browser.NewPageAsync(390, 844);
        try
        {
            await page.GotoAsync("/");
            var picture = page.Locator(".card-lead img.card-image");
            await Assertions.Expect(picture).ToBeVisibleAsync();
            await picture.EvaluateAsync("i => i.decode()");
            var box = (await picture.BoundingBoxAsync())!;
            Assert.InRange(box.Width / box.Height, 16 / 9.0 - 0.05, 16 / 9.0 + 0.05);
            // The picture had its box before it arrived: nothing on the page moved while it loaded.
            var shift = await page.EvaluateAsync<double>("""
                new Promise(done => {
                    let total = 0;
                    new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
                        .observe({ type: "layout-shift", buffered: true });
                    setTimeout(() => done(total), 300);
                })
                """);
            Assert.True(shift < 0.01, $"the page shifted by {shift} while loading");
            var link = page.GetByRole(AriaRole.Link, new() { Name = PicturedTitle });
            await link.First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(PicturedSlug + "$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_transparency_table_stacks_by_year_on_a_phone_and_stays_a_table_on_a_desktop()
    {
        var phone = await browser.NewPageAsync(390, 844);
        try
        {
            await phone.GotoAsync("/transparency");
            var firstRow = phone.Locator(".overview tbody tr").First;
            // Stacked: the year above its documents, each with the kind it is.
            Assert.Equal("block", await firstRow.EvaluateAsync<string>("r => getComputedStyle(r).display"));
            Assert.Equal("تقرير النشاط السنوي", await phone.Locator(".overview tbody tr td").First.EvaluateAsync<string>("c => getComputedStyle(c, '::before').content.replaceAll('\"', '')"));
            Assert.True(await phone.Locator(".table-scroll").EvaluateAsync<bool>("s => s.scrollWidth <= s.clientWidth"));
        }
        finally
        {
            await phone.Context.CloseAsync();
        }
        var desktop = await browser.NewPageAsync(1280, 900);
        try
        {
            await desktop.GotoAsync("/transparency");
            Assert.Equal("table-row", await desktop.Locator(".overview tbody tr").First.EvaluateAsync<string>("r => getComputedStyle(r).display"));
            Assert.True(await desktop.Locator(".table-scroll").EvaluateAsync<bool>("s => s.scrollWidth <= s.clientWidth"));
        }
        finally
        {
            await desktop.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Share_links_work_without_script_and_the_copy_button_copies_the_address_with_it()
    {
        var path = Urls.Post(Slug.FromText("دليل مبسط لحماية حساباتك على مواقع التواصل"));
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl.ToString(), JavaScriptEnabled = false, Locale = "ar-LY" });
        try
        {
            var page = await context.NewPageAsync();
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            var share = page.GetByRole(AriaRole.Region, new() { Name = "شارك" });
            await Assertions.Expect(share.GetByRole(AriaRole.Link, new() { Name = "واتساب" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://wa\\.me/\\?text="));
            await Assertions.Expect(share.GetByRole(AriaRole.Link, new() { Name = "تيليجرام" })).ToBeVisibleAsync();
            await Assertions.Expect(share.GetByRole(AriaRole.Button, new() { Name = "نسخ الرابط" })).ToBeHiddenAsync();
        }
        finally
        {
            await context.CloseAsync();
        }

        var withScript = await browser.NewPageAsync(1280, 900);
        try
        {
            await withScript.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl.GetLeftPart(UriPartial.Authority) });
            await withScript.GotoAsync(path);
            var copy = withScript.GetByRole(AriaRole.Button, new() { Name = "نسخ الرابط" });
            await copy.FocusAsync();
            await withScript.Keyboard.PressAsync("Enter");
            await Assertions.Expect(withScript.Locator(".copy-status")).ToHaveTextAsync("نُسخ الرابط");
            Assert.Equal(browser.BaseUrl.GetLeftPart(UriPartial.Authority) + path, await withScript.EvaluateAsync<string>("navigator.clipboard.readText()"));
        }
        finally
        {
            await withScript.Context.CloseAsync();
        }
    }

    /// <summary>Pictures below the fold load as a reader scrolls: scroll to the end first, so the screenshot shows them.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("""
            async () => {
                for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await new Promise(r => setTimeout(r, 30)); }
                scrollTo(0, 0);
            }
            """);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserFixture.ScreenshotAsync(page, name);
    }

    /// <summary>A published post with a photograph-like picture, written through the app's media library and writer (once per run).</summary>
    private async Task SeedPicturedPostAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            await using var scope = browser.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            if (await db.Posts.SingleOrDefaultAsync(p => p.Slug == PicturedSlug) is { } seeded)
            {
                // Other journeys on this shared site publish news too: this post leads the home page only if it is the newest.
                seeded.PublishedUtc = clock.GetUtcNow();
                await db.SaveChangesAsync();
                return;
            }
            var picture = await scope.ServiceProvider.GetRequiredService<MediaStore>().SaveAsync(new MemoryStream(Landscape()), "ghat-centre.jpg", "قاعة التدريب في غات", null);
            await db.SaveChangesAsync();
            var author = await db.People.SingleAsync(p => p.Slug == "nour");
            var post = new Post
            {
                Title = PicturedTitle, Slug = "", AuthorId = author.Id, FeaturedMediaId = picture.Id,
                PublishedUtc = clock.GetUtcNow().AddMinutes(-1),
            };
            post.Categories.Add(await db.Categories.SingleAsync(c => c.Slug == "events"));
            await scope.ServiceProvider.GetRequiredService<PostWriter>().SaveAsync(post, PostStatus.Published, new PostEdit(
                "<p>افتتحت المؤسسة مركزًا للتدريب الرقمي في مدينة غات يتسع لثلاثين متدربًا، مجهزًا بالحواسيب واتصال دائم بالإنترنت.</p><p>#ليبيا_الرقمية</p>", author.Id)
            { Slug = PicturedSlug, SavedUtc = post.PublishedUtc });
        }
        finally
        {
            Seeding.Release();
        }
    }

    /// <summary>A desert evening in the south: sky, sun and dunes, as a photograph would frame them (1600×900).</summary>
    private static byte[] Landscape()
    {
        using var surface = SKSurface.Create(new SKImageInfo(1600, 900));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 620), [new SKColor(0x1e, 0x3a, 0x5f), new SKColor(0xf4, 0xa2, 0x61)], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, 1600, 900, sky);
        }
        using (var sun = new SKPaint { IsAntialias = true, Color = new SKColor(0xff, 0xe0, 0x8a) })
        {
            canvas.DrawCircle(1120, 520, 110, sun);
        }
        (SKColor Colour, float Top)[] dunes = [(new SKColor(0xc9, 0x7b, 0x3f), 560), (new SKColor(0xa8, 0x5d, 0x2a), 650), (new SKColor(0x7a, 0x3e, 0x1b), 760)];
        foreach (var (colour, top) in dunes)
        {
            using var dune = new SKPathBuilder();
            dune.MoveTo(0, top + 60);
            dune.CubicTo(400, top - 80, 800, top + 120, 1200, top);
            dune.CubicTo(1400, top - 40, 1500, top + 20, 1600, top - 10);
            dune.LineTo(1600, 900);
            dune.LineTo(0, 900);
            dune.Close();
            using var path = dune.Detach();
            using var paint = new SKPaint { IsAntialias = true, Color = colour };
            canvas.DrawPath(path, paint);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
