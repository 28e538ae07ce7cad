using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// A PDF letter is shown inside its endorsement's page: its letter address, and nothing else, may be framed by the site's
/// own pages. Every other response keeps refusing to be framed.
/// </summary>
public sealed class EndorsementLetterTests : IDisposable
{
    private const string WithPdf = "تزكية من الهيئة الوطنية لتقنية المعلومات";
    private const string WithImage = "تزكية من نقابة المعلمين بطرابلس";
    private readonly QalamFactory _factory = new(demo: true);
    private readonly HttpClient _reader;

    public EndorsementLetterTests() => _reader = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private Task<string> PostPathAsync(string title) =>
        _factory.WithDbAsync(async db => Urls.Post(await db.Posts.Where(p => p.Title == title).Select(p => p.Slug).SingleAsync()));

    private static string Header(HttpResponseMessage r, string name) =>
        r.Headers.TryGetValues(name, out var v) ? string.Join(", ", v) : r.Content.Headers.TryGetValues(name, out var c) ? string.Join(", ", c) : "";

    private static void AssertRefusesFraming(HttpResponseMessage r, string what)
    {
        Assert.True(Header(r, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options {Header(r, "X-Frame-Options")}");
        var csp = Header(r, "Content-Security-Policy");
        Assert.True(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || csp.Contains("sandbox", StringComparison.Ordinal), $"{what}: {csp}");
        Assert.DoesNotContain("frame-ancestors 'self'", csp);
    }

    [Fact]
    public async Task The_endorsement_page_frames_its_pdf_letter_and_keeps_a_plain_link_and_a_download()
    {
        var pdf = OrganisationSeed.Pdf(2, "Letter of endorsement");
        var postId = await _factory.GiveLetterAsync(WithPdf, pdf);
        var letter = $"/endorsements/{postId}/letter.pdf";

        var page = await _reader.GetAsync(await PostPathAsync(WithPdf));
        var doc = await page.ReadDocumentAsync();
        var frame = doc.QuerySelector(".endorsement-panel iframe")!;
        Assert.Equal(letter, frame.GetAttribute("src"));
        Assert.Equal("رسالة التزكية من الهيئة الوطنية لتقنية المعلومات (PDF)", frame.GetAttribute("title"));
        Assert.Null(frame.GetAttribute("sandbox"));
        // The page may frame its own origin; nobody may frame the page.
        Assert.Contains("frame-src 'self'", Header(page, "Content-Security-Policy"));
        AssertRefusesFraming(page, "the endorsement page");
        Assert.Equal(letter, doc.QuerySelector(".endorsement-panel p a[type='application/pdf']")!.GetAttribute("href"));
        Assert.Equal(letter + "?download=true", doc.QuerySelector(".endorsement-panel a[download]")!.GetAttribute("href"));

        var shown = await _reader.GetAsync(letter);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("application/pdf", shown.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await shown.Content.ReadAsByteArrayAsync());
        Assert.Equal("SAMEORIGIN", Header(shown, "X-Frame-Options"));
        Assert.Equal("default-src 'none'; frame-ancestors 'self'", Header(shown, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(shown, "X-Content-Type-Options"));
        Assert.Equal("inline", shown.Content.Headers.ContentDisposition!.DispositionType);

        var downloaded = await _reader.GetAsync(letter + "?download=true");
        Assert.Equal("attachment", downloaded.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await downloaded.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_other_response_still_refuses_to_be_framed_including_the_same_pdf_under_media()
    {
        var postId = await _factory.GiveLetterAsync(WithPdf, OrganisationSeed.Pdf(1, "Letter"));
        // The demo's own letters are in the template's media folder, not this test's: upload an image letter too.
        await _factory.GiveLetterAsync(WithImage, Media.MediaFiles.Png(300, 400), "letter.png");
        var (pdfMedia, imageMedia) = await _factory.WithDbAsync(async db => (
            await db.Endorsements.Where(e => e.PostId == postId).Select(e => e.Letter!.StoragePath).SingleAsync(),
            await db.Endorsements.Where(e => e.Post.Title == WithImage).Select(e => e.Letter!.StoragePath).SingleAsync()));

        var sameFile = await _reader.GetAsync(Urls.Media(pdfMedia));
        Assert.Equal(HttpStatusCode.OK, sameFile.StatusCode);
        AssertRefusesFraming(sameFile, "the letter under /media");
        Assert.Contains("sandbox", Header(sameFile, "Content-Security-Policy"));
        var image = await _reader.GetAsync(Urls.Media(imageMedia));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        AssertRefusesFraming(image, "an image letter");
        Assert.Contains("sandbox", Header(image, "Content-Security-Policy"));

        foreach (var url in new[] { "/", "/endorsements", await PostPathAsync(WithImage), "/statements/2026/1.pdf", "/feed", "/admin/sign-in" })
        {
            var r = await _reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            AssertRefusesFraming(r, url);
        }
        // An image letter, a made-up endorsement and a news post have no letter address; the 404 page is not framable either.
        var imagePostId = await _factory.WithDbAsync(db => db.Endorsements.Where(e => e.Post.Title == WithImage).Select(e => e.PostId).SingleAsync());
        var newsPostId = await _factory.WithDbAsync(db => db.Posts.Where(p => p.Kind == PostKind.News).Select(p => p.Id).FirstAsync());
        foreach (var id in new[] { imagePostId, newsPostId, 999_999 })
        {
            var r = await _reader.GetAsync($"/endorsements/{id}/letter.pdf");
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            AssertRefusesFraming(r, $"letter of {id}");
        }
    }

    [Fact]
    public async Task An_unpublished_endorsements_letter_is_no_longer_served_for_framing()
    {
        var postId = await _factory.GiveLetterAsync(WithPdf, OrganisationSeed.Pdf(1, "Letter"));
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync($"/endorsements/{postId}/letter.pdf")).StatusCode);

        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<QalamDb>();
            var post = await db.Posts.SingleAsync(p => p.Id == postId);
            sp.GetRequiredService<Publishing>().Unpublish(post, PostStatus.Draft);
            await db.SaveChangesAsync();
        });

        var r = await _reader.GetAsync($"/endorsements/{postId}/letter.pdf");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        AssertRefusesFraming(r, "the unpublished letter");
    }
}
