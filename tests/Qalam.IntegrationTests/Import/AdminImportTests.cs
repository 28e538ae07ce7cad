using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>The admin import page, used the way an administrator would: upload, read the check, confirm, watch it finish.</summary>
public sealed class AdminImportTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] export, bool withToken = true)
    {
        var page = await client.GetDocumentAsync("/admin/import");
        var form = page.QuerySelector("main form[enctype='multipart/form-data']")!;
        var content = new MultipartFormDataContent();
        if (withToken) content.Add(new StringContent(page.Token("main form[enctype='multipart/form-data']")), Forms.TokenField);
        var file = new ByteArrayContent(export);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        content.Add(file, "export", "export.xml");
        return await client.PostAsync(form.GetAttribute("action"), content);
    }

    [Fact]
    public async Task An_administrator_checks_the_export_confirms_and_sees_the_import_finish()
    {
        var client = await _factory.SignedInClientAsync(Role.Administrator);
        var checkResponse = await UploadAsync(client, await File.ReadAllBytesAsync(Wxr.Fixture("wordpress-6.1-seed-export.xml")));
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        var check = await checkResponse.ReadDocumentAsync();
        Assert.Equal("ما سيحدث", check.QuerySelector("main h2")!.TextContent.Trim());
        Assert.Contains("لم يُكتب شيء", check.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal("10", Count(check, "جديد"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));

        var start = await client.PostAsync(check.QuerySelector("main form[method=post]")!.GetAttribute("action"),
            new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = check.Token("main form[method=post]"), ["id"] = check.QuerySelector("input[name=id]")!.GetAttribute("value")! }));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var progressUrl = start.Headers.Location!.OriginalString;

        var done = await WaitForAsync(client, progressUrl);
        Assert.Equal("اكتمل الاستيراد", done.QuerySelector("main h2")!.TextContent.Trim());
        Assert.Equal("10", Count(done, "جديد"));
        Assert.Equal(10, (await client.GetDocumentAsync("/author/alaa")).QuerySelectorAll("ol.post-list article").Length);
        Assert.True(await _factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "import-wordpress" && a.ActorId != null)));
    }

    [Fact]
    public async Task A_truncated_upload_gets_an_arabic_message_with_the_line_and_imports_nothing()
    {
        var client = await _factory.SignedInClientAsync(Role.Administrator);
        var bytes = await File.ReadAllBytesAsync(Wxr.Fixture("wordpress-6.1-seed-export.xml"));
        var response = await UploadAsync(client, bytes[..(bytes.Length / 2)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var alert = (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent;
        Assert.Matches(@"عند السطر \d+", alert);
        Assert.Contains("لم يُستورد أي شيء", alert);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task Editors_cannot_open_or_post_to_the_import_page()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        var get = await editor.GetAsync("/admin/import");
        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("/admin/denied", get.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await editor.GetDocumentAsync("/admin") is var dash ? dash.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")) : [], h => h == "/admin/import");
        Assert.Contains((await admin.GetDocumentAsync("/admin")).QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")), h => h == "/admin/import");
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var client = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await UploadAsync(client, await File.ReadAllBytesAsync(Wxr.Fixture("wordpress-6.1-seed-export.xml")), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task The_check_of_a_polylang_export_says_which_languages_and_groups_it_brings()
    {
        var client = await _factory.SignedInClientAsync(Role.Administrator);
        var check = await (await UploadAsync(client, await File.ReadAllBytesAsync(Wxr.Fixture("polylang-3.5-ar-en-fr-export.xml")))).ReadDocumentAsync();
        Assert.Equal("اللغات (Polylang): ar 6, en 6, fr 2 · مجموعات الترجمة: 5", check.QuerySelector("main p.languages")!.TextContent.Trim());
        Assert.Equal("مقالات بلغات لا ينشر بها الموقع، استُوردت برمز لغتها: 2 (fr 2)", check.QuerySelector("main p.languages-not-published")!.TextContent.Trim());
        Assert.Contains("32 «First quarter report» (en)", check.QuerySelectorAll("main details.import-list li").Select(li => li.TextContent.Trim()));
    }

    private static string Count(IDocument doc, string label) =>
        doc.QuerySelectorAll(".counts div").First(d => d.QuerySelector("dt")!.TextContent.Trim() == label).QuerySelector("dd")!.TextContent.Trim();

    /// <summary>Follows the progress page as its refresh would, until the import is finished.</summary>
    private static async Task<IDocument> WaitForAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var doc = await client.GetDocumentAsync(url);
            if (doc.QuerySelector("meta[http-equiv=refresh]") is null) return doc;
            Assert.NotNull(doc.QuerySelector("main progress"));
            await Task.Delay(250);
        }
        throw new TimeoutException("The import did not finish within two minutes.");
    }
}
