using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.BrowserTests.Editorial;

[Collection(BrowserCollection.Name)]
public sealed class TranslationJourneyTests(BrowserFixture browser)
{
    private async Task<int> PublishAsync(string email, string title, string body)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var authorId = await db.People.Where(p => p.NormalizedEmail == email.ToUpperInvariant()).Select(p => p.Id).SingleAsync();
        var post = new Post { Title = title, Slug = "", AuthorId = authorId };
        await scope.ServiceProvider.GetRequiredService<PostWriter>().SaveAsync(post, PostStatus.Published, new PostEdit(body, authorId));
        return post.Id;
    }

    [Fact]
    public async Task An_editor_adds_an_english_translation_beside_the_arabic_original_and_the_list_shows_both()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Editor);
        var title = $"افتتاح مكتبة المدينة {Guid.NewGuid().ToString("N")[..6]}";
        var original = await PublishAsync(email, title, "<p>افتُتحت مكتبة المدينة صباح اليوم بحضور القرّاء.</p>");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);

        await page.GotoAsync($"/admin/posts/{original}");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "لغة الترجمة" }).SelectOptionAsync(new SelectOptionValue { Label = "English" });
        await page.GetByRole(AriaRole.Button, new() { Name = "أضف ترجمة" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith($"/admin/posts/{original}", StringComparison.Ordinal) && url.Contains("/admin/posts/", StringComparison.Ordinal));
        var translation = int.Parse(page.Url.Split('/').Last());
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("أُنشئت مسودة الترجمة (English)");

        // The original is beside the draft, in its own language and direction.
        var beside = page.Locator(".translation-source .source-text");
        await Assertions.Expect(beside).ToBeVisibleAsync();
        Assert.Equal(("ar", "rtl"), (await beside.GetAttributeAsync("lang"), await beside.GetAttributeAsync("dir")));
        await Assertions.Expect(beside.Locator("h2")).ToHaveTextAsync(title);
        Assert.Equal("en", await page.Locator("#language").InputValueAsync());
        var sourceBox = await page.Locator(".translation-source").BoundingBoxAsync();
        var bodyBox = await page.Locator(".editor-main").BoundingBoxAsync();
        // At 1280 px they stand side by side (the original at the start of the line: the right, in Arabic).
        Assert.True(Math.Abs(sourceBox!.Y - bodyBox!.Y) < 2, $"original at y={sourceBox.Y}, translation at y={bodyBox.Y}");
        Assert.True(sourceBox.X > bodyBox.X, "In a right-to-left interface the original is on the right.");

        await page.FillAsync("#title", "City library opens");
        var body = page.Locator(".rich-editor-content");
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("The city library opened this morning.");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "translation-editor-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("حُفظت المسودة.");

        // On a phone the original comes first, and folds away.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await BrowserFixture.ScreenshotAsync(page, "translation-editor-390");
        await page.Locator(".translation-source summary").ClickAsync();
        await Assertions.Expect(beside).ToBeHiddenAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/admin/posts");
        var originalRow = page.Locator("table.posts tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });
        var translationRow = page.Locator("table.posts tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "City library opens", Exact = true }) });
        Assert.Equal($"/admin/posts/{translation}", await originalRow.Locator(".row-translations a").GetAttributeAsync("href"));
        Assert.Equal($"/admin/posts/{original}", await translationRow.Locator(".row-translations a").GetAttributeAsync("href"));
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
        await BrowserFixture.ScreenshotAsync(page, "translation-list-1280");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, "translation-list-390");
        // The rows as a phone shows them: the full page is too long to read.
        await translationRow.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "translation-list-390-screen.png") });

        await using var scope = browser.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<QalamDb>().Posts.AsNoTracking().SingleAsync(p => p.Id == translation);
        Assert.Equal(("City library opens", "en", original, PostStatus.Draft), (saved.Title, saved.Language, saved.TranslationGroupId, saved.Status));
        Assert.Contains("The city library opened this morning.", saved.BodyHtml);
        await page.Context.CloseAsync();
    }
}
