using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;

namespace Qalam.BrowserTests.Public;

/// <summary>
/// The frame of the public site (header band, menu, footer) as readers meet it on a phone, a tablet and a desktop, in
/// light and dark: nothing scrolls sideways, axe finds nothing serious, and the menu works from the keyboard and
/// without JavaScript. Screenshots of each page go to the test output folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FrameTests(BrowserFixture browser)
{
    private static readonly string PostPath = Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها");

    private static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"), ("post", PostPath), ("english-post", "/en/waha-joins-regional-network"), ("statements", "/statements"),
        ("transparency", "/transparency"), ("search", "/search?q=" + Uri.EscapeDataString("التدريب")),
        // The English frame, left to right.
        ("english-home", "/en/"), ("english-statements", "/en/statements"),
    ];

    public static TheoryData<int, string> Screens => new()
    {
        { 390, "light" }, { 390, "dark" }, { 768, "light" }, { 768, "dark" }, { 1280, "light" }, { 1280, "dark" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_page_kind_fits_the_screen_and_passes_axe(int width, string scheme)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        try
        {
            foreach (var (name, path) in Pages)
            {
                await page.GotoAsync(path);
                await page.EvaluateAsync("document.fonts.ready");
                await BrowserFixture.ScreenshotAsync(page, $"frame-{name}-{width}-{scheme}");
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways at {width} px ({scheme})");
                var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
                Assert.True(violations.Count == 0, $"{name} at {width} px ({scheme}):\n" + string.Join("\n", violations));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_keyboard_behind_its_button()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        var partners = page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "الشركاء" });
        await Assertions.Expect(partners).ToBeHiddenAsync();

        // Skip link, the site's name, then the menu's button.
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal("القائمة", await page.EvaluateAsync<string>("document.activeElement.tagName === 'SUMMARY' ? document.activeElement.textContent.trim() : ''"));
        var button = await page.Locator("details.menu > summary").AriaSnapshotAsync();
        Assert.Contains("القائمة", button);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(partners).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "البحث في الموقع" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await BrowserFixture.ScreenshotAsync(page, "frame-menu-open-390");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // The same button closes it.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(partners).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_works_with_javascript_turned_off()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "ar-LY",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/statements");
        var transparency = page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "الشفافية" });
        await Assertions.Expect(transparency).ToBeHiddenAsync();
        await page.Locator("details.menu > summary").ClickAsync();
        await Assertions.Expect(transparency).ToBeVisibleAsync();
        await transparency.ClickAsync();
        await page.WaitForURLAsync("**/transparency");
        // A new page starts with the menu closed again.
        await Assertions.Expect(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "الشركاء" })).ToBeHiddenAsync();
        await page.Locator("details.menu > summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "الشركاء" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_menu_is_one_line_with_no_button_and_the_search_box_in_the_header()
    {
        var page = await browser.NewPageAsync(1280, 900);
        await page.GotoAsync(PostPath);
        await Assertions.Expect(page.Locator("details.menu > summary")).ToBeHiddenAsync();
        var links = page.Locator("header nav .nav a");
        Assert.Equal(7, await links.CountAsync());
        var tops = new HashSet<double>();
        for (var i = 0; i < 7; i++)
        {
            await Assertions.Expect(links.Nth(i)).ToBeVisibleAsync();
            tops.Add(Math.Round((await links.Nth(i).BoundingBoxAsync())!.Y));
        }
        Assert.Single(tops);
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "البحث في الموقع" });
        await Assertions.Expect(search).ToBeVisibleAsync();
        var header = (await page.Locator("header.site-header").BoundingBoxAsync())!;
        var box = (await search.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= header.Y + header.Height && box.X < header.X + header.Width / 2, "The search box is not at the header's end (left in Arabic).");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Not_a_pixel_of_the_skip_link_shows_until_the_keyboard_reaches_it(int width)
    {
        var page = await browser.NewPageAsync(width, 800);
        await page.GotoAsync("/");
        var clip = new Clip { X = 0, Y = 0, Width = width, Height = 120 };
        var shown = await page.ScreenshotAsync(new() { Clip = clip });
        await page.EvaluateAsync("document.querySelector('.skip-link').style.display = 'none'");
        var without = await page.ScreenshotAsync(new() { Clip = clip });
        Assert.True(shown.SequenceEqual(without), "The hidden skip link changes what the top of the page looks like.");

        await page.EvaluateAsync("document.querySelector('.skip-link').style.display = ''");
        await page.Keyboard.PressAsync("Tab");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "تخطَّ إلى المحتوى الرئيسي" });
        await Assertions.Expect(link).ToBeFocusedAsync();
        var box = (await link.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width && box.Height >= 24, $"The focused skip link is not fully on screen: {box.X},{box.Y} {box.Width}x{box.Height}");
        // In Arabic it starts at the right.
        Assert.True(box.X + box.Width >= width - 24, "The skip link does not start at the right edge.");
        Assert.True(await page.EvaluateAsync<bool>("(() => { const l = document.querySelector('.skip-link'), r = l.getBoundingClientRect(); return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === l; })()"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_pages_are_set_in_the_shipped_webfont()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(PostPath);
        await page.EvaluateAsync("document.fonts.ready");
        var loaded = await page.EvaluateAsync<string[]>("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', '') + ' ' + f.weight)");
        Assert.Contains("Qalam Naskh 400", loaded);
        Assert.Contains("Qalam Naskh 700", loaded);
        Assert.StartsWith("\"Qalam Naskh\"", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('article p')).fontFamily"));
        await page.Context.CloseAsync();
    }
}
