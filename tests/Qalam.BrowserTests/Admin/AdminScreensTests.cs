using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.BrowserTests.Admin;

/// <summary>
/// Every admin screen an administrator can open, in Arabic and in English, on a phone and on a desktop: each passes
/// axe, has its language and direction, does not scroll sideways, and leaves a screenshot to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminScreensTests(BrowserFixture browser)
{
    private async Task<IReadOnlyList<string>> ScreensAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var post = await db.Posts.Where(p => p.Kind == PostKind.News && p.Status == PostStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var statement = await db.Statements.OrderBy(s => s.PostId).Select(s => s.PostId).FirstAsync();
        var screens = new List<string>
        {
            // The dashboard, audit log, people list and account page are checked the same way by AdminShellTests and AccountsPagesTests.
            "/admin/posts", "/admin/posts/new", $"/admin/posts/{post}", $"/admin/posts/{post}/revisions",
            "/admin/comments", "/admin/media", "/admin/categories", $"/admin/categories/{await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()}",
            "/admin/tags", $"/admin/tags/{await db.Tags.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync()}",
            "/admin/organisation/statements", "/admin/organisation/statements/edit", $"/admin/organisation/statements/manage/{statement}",
            "/admin/organisation/endorsements", "/admin/organisation/partners", "/admin/organisation/transparency",
            "/admin/organisation/confidential", "/admin/documents", "/admin/import",
            $"/admin/people/{await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()}", "/admin/settings",
        };
        if (await db.Media.OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync() is { } media) screens.Add($"/admin/media/{media}");
        if (await db.Endorsements.OrderBy(e => e.PostId).Select(e => (int?)e.PostId).FirstOrDefaultAsync() is { } endorsement) screens.Add($"/admin/organisation/endorsements/{endorsement}");
        return screens;
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Every_admin_screen_passes_axe_in_both_languages_without_scrolling_sideways(int width)
    {
        var (email, password) = await browser.AddPersonAsync(Role.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/sign-in");
        await BrowserFixture.SignInAsync(page, email, password);
        var screens = await ScreensAsync();
        var problems = new List<string>();
        foreach (var (language, dir, button) in new[] { ("ar", "rtl", "English"), ("en", "ltr", "العربية") })
        {
            foreach (var url in screens)
            {
                var response = await page.GotoAsync(url);
                if (response?.Status != 200) problems.Add($"{url} ({language}): {response?.Status}");
                if ((await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")) != (language, dir)) problems.Add($"{url}: not {language}/{dir}");
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 1) problems.Add($"{url} ({language}, {width}px): scrolls sideways by {overflow}px");
                problems.AddRange((await BrowserFixture.SeriousAccessibilityViolationsAsync(page)).Select(v => $"{url} ({language}): {v}"));
                await BrowserFixture.ScreenshotAsync(page, $"admin-{language}-{width}{url.Replace('/', '-')}");
            }
            await page.GotoAsync("/admin");
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await page.WaitForFunctionAsync($"document.documentElement.lang !== '{language}'");
        }
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
