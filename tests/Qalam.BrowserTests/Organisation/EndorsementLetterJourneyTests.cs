using Microsoft.Playwright;
using Qalam.BrowserTests.Infrastructure;
using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.BrowserTests.Organisation;

/// <summary>An editor gives an endorsement a PDF letter; a reader then reads that letter inside the endorsement's page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EndorsementLetterJourneyTests(BrowserFixture browser)
{
    private const string Endorsement = "تزكية من الهيئة الوطنية لتقنية المعلومات";
    private const string PdfViewer = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/";

    private static byte[] LetterPdf() => StatementPdf.Render(new StatementDocument("الهيئة الوطنية لتقنية المعلومات", "رسالة تزكية", Endorsement,
        ["تتقدم الهيئة بالشكر إلى المؤسسة على برامجها التدريبية."], ["الهيئة الوطنية لتقنية المعلومات"], null, []));

    [Fact]
    public async Task An_editor_uploads_a_pdf_letter_and_a_reader_sees_it_inside_the_endorsement_page()
    {
        var (email, password) = await browser.AddPersonAsync(Role.Editor);
        var editor = await browser.NewPageAsync();
        try
        {
            await editor.GotoAsync("/admin/sign-in");
            await BrowserFixture.SignInAsync(editor, email, password);
            await editor.GotoAsync("/admin/organisation/endorsements");
            await editor.GetByRole(AriaRole.Link, new() { Name = $"تحرير «{Endorsement}»" }).ClickAsync();
            await Assertions.Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "تحرير التزكية" })).ToBeVisibleAsync();
            Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(editor));
            await editor.GetByLabel("استبدال الرسالة (PDF أو صورة ممسوحة)").SetInputFilesAsync(
                new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = LetterPdf() });
            await editor.GetByRole(AriaRole.Button, new() { Name = "حفظ" }).ClickAsync();
            await editor.WaitForURLAsync("**/admin/organisation/endorsements");
        }
        finally
        {
            await editor.Context.CloseAsync();
        }

        var page = await browser.NewPageAsync();
        var refusals = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") refusals.Add(message.Text); };
        // Chromium's PDF viewer opens as a frame of its own inside the letter's frame, once the PDF is allowed to render there.
        var viewer = new TaskCompletionSource();
        page.FrameNavigated += (_, f) => { if (f.Url.StartsWith(PdfViewer, StringComparison.Ordinal)) viewer.TrySetResult(); };
        try
        {
            await page.GotoAsync("/endorsements");
            var letter = page.WaitForResponseAsync(r => r.Url.EndsWith("/letter.pdf", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Link, new() { Name = Endorsement }).ClickAsync();
            var frame = page.Locator(".endorsement-panel iframe");
            await frame.ScrollIntoViewIfNeededAsync();
            Assert.Equal(200, (await letter).Status);
            await Assertions.Expect(frame).ToBeVisibleAsync();
            await Assertions.Expect(frame).ToHaveAttributeAsync("title", "رسالة التزكية من الهيئة الوطنية لتقنية المعلومات (PDF)");
            var opened = await Task.WhenAny(viewer.Task, Task.Delay(TimeSpan.FromSeconds(15))) == viewer.Task;
            // A refused frame ends on Chromium's error page; this one stays on the letter, with the PDF viewer inside.
            var child = await (await frame.ElementHandleAsync()).ContentFrameAsync();
            Assert.EndsWith("/letter.pdf", child!.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(refusals, r => r.Contains("frame", StringComparison.OrdinalIgnoreCase));
            Assert.True(opened, "Chromium's PDF viewer did not open in the letter's frame.");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "تنزيل الرسالة" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/letter\.pdf\?download=true$"));

            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            await BrowserFixture.ScreenshotAsync(page, "org-endorsement-pdf-letter");
            var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
