using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.BrowserTests.Comments;

/// <summary>A reader comments on a post without signing in; an editor approves it from the queue; the reader then sees it. axe-core on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommentJourneyTests(BrowserFixture browser)
{
    private async Task<string> OpenCommentsAsync(bool open)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var settings = await db.Settings.SingleAsync(s => s.Id == 1);
        settings.CommentsOpen = open;
        settings.Version++;
        await db.SaveChangesAsync();
        return await db.Posts.Where(p => p.Status == PostStatus.Published && p.Language == "ar").OrderByDescending(p => p.PublishedUtc).Select(p => p.Slug).FirstAsync();
    }

    private static async Task AssertAxeCleanAsync(IPage page, string name)
    {
        await BrowserFixture.ScreenshotAsync(page, name);
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name}: {string.Join("; ", violations)}");
    }

    [Fact]
    public async Task A_reader_comments_and_an_editor_approves_it()
    {
        var slug = await OpenCommentsAsync(open: true);
        try
        {
            var text = $"تعليق من قارئة {Guid.NewGuid():N}";
            var reader = await browser.NewPageAsync(390);
            await reader.GotoAsync(Urls.Post(slug));
            await AssertAxeCleanAsync(reader, "comments-post-form");
            await reader.GetByLabel("الاسم").FillAsync("قارئة");
            await reader.GetByLabel("البريد الإلكتروني (لا يُنشر)").FillAsync("reader@example.org");
            await reader.GetByRole(AriaRole.Textbox, new() { Name = "التعليق", Exact = true }).FillAsync(text);
            await reader.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync();
            Assert.Equal("شكرًا لك. تعليقك بانتظار المراجعة.", (await reader.Locator("#comments").GetByRole(AriaRole.Status).TextContentAsync())?.Trim());
            await AssertAxeCleanAsync(reader, "comments-held");

            var (email, password) = await browser.AddPersonAsync(Role.Editor);
            var editor = await browser.NewPageAsync();
            await editor.GotoAsync("/admin/sign-in");
            await BrowserFixture.SignInAsync(editor, email, password);
            await editor.GetByRole(AriaRole.Link, new() { Name = "التعليقات" }).ClickAsync();
            await editor.WaitForURLAsync("**/admin/comments");
            await AssertAxeCleanAsync(editor, "comments-queue");
            var queued = editor.Locator(".queued-comment", new() { HasText = text });
            await queued.GetByRole(AriaRole.Button, new() { Name = "اعتمد" }).ClickAsync();
            await editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "تم." }).WaitForAsync();
            await AssertAxeCleanAsync(editor, "comments-approved");

            await reader.GotoAsync(Urls.Post(slug));
            await reader.Locator("#comments .comment-body", new() { HasText = text }).WaitForAsync();
            Assert.Equal("قارئة", await reader.Locator("#comments .comment", new() { HasText = text }).Locator(".comment-author").TextContentAsync());
            await reader.Context.CloseAsync();
            await editor.Context.CloseAsync();
        }
        finally
        {
            // The server is shared by every journey: the others see the site as the demo has it.
            await OpenCommentsAsync(open: false);
        }
    }
}
