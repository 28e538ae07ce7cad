using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;
using Qalam.Media;

namespace Qalam.BrowserTests.Editorial;

[Collection(BrowserCollection.Name)]
public sealed class WritingJourneyTests(BrowserFixture browser)
{
    // A real 2×2 PNG, so the media library has an image to offer.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    private async Task<IPage> SignInAsync(Role role, int width = 1280)
    {
        var (email, password) = await browser.AddPersonAsync(role);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        return page;
    }

    private async Task AddImageAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MediaStore>().SaveAsync(new MemoryStream(Png), "shaar.png", "شعار المؤسسة", null);
        await scope.ServiceProvider.GetRequiredService<QalamDb>().SaveChangesAsync();
    }

    [Fact]
    public async Task An_author_writes_an_arabic_post_with_a_heading_a_list_and_an_image_and_publishes_it()
    {
        await AddImageAsync();
        var page = await SignInAsync(Role.Author);
        await page.GotoAsync("/admin/posts/new");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await page.FillAsync("#title", "يوم التقنية في طرابلس");
        var body = page.Locator(".rich-editor-content");
        await body.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "عنوان", Exact = true }).ClickAsync();
        // Type only once the editor has applied the block and taken the focus back from the toolbar.
        await Assertions.Expect(body.Locator("h2")).ToHaveCountAsync(1);
        await Assertions.Expect(body).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("البرنامج");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "قائمة نقطية" }).ClickAsync();
        await Assertions.Expect(body.Locator("ul li")).ToHaveCountAsync(1);
        await Assertions.Expect(body).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("ورشة البرمجة");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("لقاء الشركاء");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "صورة", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "شعار المؤسسة" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "editor-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "نشر أو جدولة" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/posts/*");
        Assert.Equal("نُشرت المقالة.", (await page.Locator(".flash").TextContentAsync())?.Trim());

        await page.GotoAsync("/" + Uri.EscapeDataString("يوم-التقنية-في-طرابلس"));
        Assert.Equal("البرنامج", (await page.Locator("article .post-body h2").TextContentAsync())?.Trim());
        Assert.Equal(["ورشة البرمجة", "لقاء الشركاء"], (await page.Locator("article .post-body ul li").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("شعار المؤسسة", await page.Locator("article .post-body img").GetAttributeAsync("alt"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_contributor_can_only_submit_a_post_for_review()
    {
        var page = await SignInAsync(Role.Contributor, width: 390);
        await page.GotoAsync("/admin/posts/new");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "نشر أو جدولة" }).CountAsync());
        await page.FillAsync("#title", "اقتراح مقالة");
        await page.Locator(".rich-editor-content").ClickAsync();
        await page.Keyboard.TypeAsync("فقرة أولى من المساهم");
        await BrowserFixture.ScreenshotAsync(page, "editor-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "إرسال للمراجعة" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/posts/*");
        Assert.Equal("أُرسلت المقالة للمراجعة.", (await page.Locator(".flash").TextContentAsync())?.Trim());

        await using var scope = browser.Services.CreateAsyncScope();
        var post = await scope.ServiceProvider.GetRequiredService<QalamDb>().Posts.AsNoTracking().SingleAsync(p => p.Title == "اقتراح مقالة");
        Assert.Equal(PostStatus.PendingReview, post.Status);
        Assert.Contains("فقرة أولى من المساهم", post.BodyHtml);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_post_list_and_the_editor_have_no_serious_accessibility_violations(string language)
    {
        var page = await SignInAsync(Role.Editor);
        if (language == "en")
        {
            // The interface language as the site remembers it: the culture cookie its language switch sets.
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = browser.BaseUrl.ToString() }]);
        }
        foreach (var url in new[] { "/admin/posts", "/admin/posts/new", "/admin/categories", "/admin/tags" })
        {
            await page.GotoAsync(url);
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        }
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/admin/posts");
        await BrowserFixture.ScreenshotAsync(page, $"posts-390-{language}");
        await page.Context.CloseAsync();
    }
}
