using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>A statement keeps the shape it was written in (paragraphs, line breaks, lists, headings) on its page and in its PDF.</summary>
public sealed class StatementParagraphsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task PublishThroughTheFormAsync(string body)
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var response = await editor.PostFormAsync("/admin/organisation/statements/edit", new Dictionary<string, string>
        {
            ["Title"] = "بشأن حماية البيانات", ["Body"] = body, ["SignatureBlock"] = "المؤسسة الليبية للتقنية",
        }, postUrl: "/admin/organisation/statements/edit?handler=publish", formSelector: "#statement-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<string> PdfTextAsync()
    {
        var response = await _factory.CreateBrowserlessClient().GetAsync("/statements/2026/1.pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return PdfText.Logical(pdf);
    }

    [Fact]
    public async Task Text_typed_without_the_rich_editor_keeps_its_paragraphs_line_breaks_and_list()
    {
        await PublishThroughTheFormAsync("تتابع المؤسسة بقلق تسريب البيانات.\n\nوتطالب بما يلي:\n\n- فتح تحقيق مستقل\n- إبلاغ المتضررين\n\nطرابلس\nليبيا");

        var page = await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1");
        var body = page.QuerySelector(".statement-body")!;
        Assert.Equal(["تتابع المؤسسة بقلق تسريب البيانات.", "وتطالب بما يلي:", "طرابلسليبيا"], body.QuerySelectorAll("p").Select(p => p.TextContent.Trim()));
        Assert.Equal(1, body.QuerySelectorAll("p:last-child br").Length);
        Assert.Equal(["فتح تحقيق مستقل", "إبلاغ المتضررين"], body.QuerySelectorAll("ul > li").Select(li => li.TextContent));

        var lines = (await PdfTextAsync()).Split('\n');
        Assert.Contains("تتابع المؤسسة بقلق تسريب البيانات.", lines);
        Assert.Contains("وتطالب بما يلي:", lines);
        Assert.Contains("• فتح تحقيق مستقل", lines);
        Assert.Contains("• إبلاغ المتضررين", lines);
        Assert.Contains("طرابلس", lines);
        Assert.Contains("ليبيا", lines);
    }

    [Fact]
    public async Task Html_from_the_rich_editor_keeps_its_heading_and_numbered_list()
    {
        await PublishThroughTheFormAsync("<h2 dir=\"auto\">المطالب</h2><ol><li><p>نشر نتائج التحقيق</p></li><li><p>محاسبة المسؤولين</p></li></ol><p dir=\"auto\">والله الموفق.</p>");

        var body = (await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1")).QuerySelector(".statement-body")!;
        Assert.Equal("المطالب", body.QuerySelector("h2")!.TextContent);
        Assert.Equal(["نشر نتائج التحقيق", "محاسبة المسؤولين"], body.QuerySelectorAll("ol > li").Select(li => li.TextContent));

        var lines = (await PdfTextAsync()).Split('\n');
        Assert.Contains("المطالب", lines);
        // «1.» is drawn as a right-to-left page shows it, the dot left of the digit; the reader keeps that visual order.
        Assert.Contains(".1 نشر نتائج التحقيق", lines);
        Assert.Contains(".2 محاسبة المسؤولين", lines);
    }

    [Fact]
    public async Task A_statement_saved_as_one_run_of_text_is_shown_in_paragraphs()
    {
        // As the plain textarea saved it before: text with blank lines, no markup.
        await _factory.PublishStatementAsync(await _factory.DraftStatementAsync("بيان قديم", "الفقرة الأولى من البيان.\n\nالفقرة الثانية من البيان."));

        var body = (await _factory.CreateBrowserlessClient().GetDocumentAsync("/statements/2026/1")).QuerySelector(".statement-body")!;
        Assert.Equal(["الفقرة الأولى من البيان.", "الفقرة الثانية من البيان."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        var lines = (await PdfTextAsync()).Split('\n');
        Assert.Contains("الفقرة الأولى من البيان.", lines);
        Assert.Contains("الفقرة الثانية من البيان.", lines);
    }

    [Fact]
    public async Task The_statement_form_mounts_the_rich_editor_with_its_media_library()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var form = await editor.GetDocumentAsync("/admin/organisation/statements/edit");
        Assert.NotNull(form.QuerySelector("#statement-form textarea#body[data-editor]"));
        Assert.NotNull(form.QuerySelector("ul#media-library[hidden]"));
        Assert.Contains(form.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/editor.js", StringComparison.Ordinal));
    }
}
