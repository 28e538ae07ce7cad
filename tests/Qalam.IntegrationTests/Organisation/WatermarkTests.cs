using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Organisation;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

public sealed class WatermarkTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Admin, Guid Key)> UploadAsync(byte[] file, string name, string grantEmail)
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var upload = await admin.PostMultipartAsync("/admin/organisation/confidential", "main form[enctype]",
            new Dictionary<string, string> { ["Title"] = "مراسلات سرية مع الشركة القابضة", ["Description"] = "للتحقيق" }, "Upload", file, name);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var key = Guid.Parse(upload.Headers.Location!.OriginalString.Split('/').Last());
        var manage = $"/admin/organisation/confidential/{key}";
        var grant = await admin.PostFormAsync(manage, new Dictionary<string, string> { ["GrantEmail"] = grantEmail }, $"{manage}?handler=grant", "#grant-form");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        return (admin, key);
    }

    [Fact]
    public async Task A_downloaded_pdf_is_stamped_on_every_page_and_traces_back_to_the_person_who_downloaded_it()
    {
        var reader = await _factory.SignedInClientAsync(Role.Author, email: "leaker@example.org");
        var (admin, key) = await UploadAsync(OrganisationSeed.Pdf(3, "Contract clause"), "contract.pdf", "leaker@example.org");

        var download = await reader.GetAsync($"/admin/documents/{key}/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var stamped = await download.Content.ReadAsByteArrayAsync();
        var copyId = Guid.Parse(download.Headers.GetValues("X-Qalam-Copy").Single());

        using (var pdf = PdfDocument.Open(stamped))
        {
            Assert.Equal(3, pdf.NumberOfPages);
            foreach (var page in pdf.GetPages())
            {
                Assert.Contains($"QALAM-COPY-{copyId.ToString("D").ToUpperInvariant()}", page.Text);
                Assert.Contains("leaker@example.org", page.Text);
                Assert.Contains("Contract clause", page.Text);
                Assert.NotEmpty(page.GetImages());
            }
            Assert.Equal(copyId, LeakTrace.FromPdf(stamped));
        }

        // The leaked file, uploaded by an administrator, names its source.
        var trace = await admin.PostMultipartAsync("/admin/organisation/trace", "main form", new Dictionary<string, string>(), "Leak", stamped, "leaked.pdf");
        var result = await trace.ReadDocumentAsync();
        Assert.Contains("leaker@example.org", result.QuerySelector("#trace-who")!.TextContent);
        var copy = await _factory.WithDbAsync(db => db.ConfidentialCopies.SingleAsync(c => c.Id == copyId));
        var person = await _factory.WithDbAsync(db => db.People.SingleAsync(p => p.Email == "leaker@example.org"));
        Assert.Equal(person.Id, copy.PersonId);
        var entry = await _factory.WithDbAsync(db => db.Audit.SingleAsync(a => a.Id == copy.AuditEntryId));
        Assert.Equal("confidential-download", entry.Action);
        Assert.Equal(person.Id, entry.ActorId);

        // Typing the identifier off a photocopy works too.
        var typed = await admin.PostMultipartAsync("/admin/organisation/trace", "main form",
            new Dictionary<string, string> { ["Identifier"] = $"QALAM-COPY-{copyId.ToString("D").ToUpperInvariant()}" }, "Leak", [], "");
        Assert.Contains("leaker@example.org", (await typed.ReadDocumentAsync()).QuerySelector("#trace-who")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_identifier_is_reported_as_not_found()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var r = await admin.PostFormAsync("/admin/organisation/trace", new Dictionary<string, string> { ["Identifier"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("لم يُعثر", (await r.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task A_downloaded_image_carries_the_visible_stamp_in_its_pixels()
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 600));
        surface.Canvas.Clear(SKColors.White);
        using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
        var reader = await _factory.SignedInClientAsync(Role.Author, email: "photo@example.org");
        var (_, key) = await UploadAsync(png.ToArray(), "scan.png", "photo@example.org");

        var download = await reader.GetAsync($"/admin/documents/{key}/download");
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        using var stamped = SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal((800, 600), (stamped.Width, stamped.Height));
        var tinted = 0;
        for (var x = 0; x < 800; x += 4)
        {
            for (var y = 0; y < 600; y += 4)
            {
                if (stamped.GetPixel(x, y) != SKColors.White) tinted++;
            }
        }
        Assert.True(tinted > 500, $"Only {tinted} sampled pixels carry the stamp.");
    }
}
