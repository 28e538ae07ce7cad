using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// One file of each kind the PDF fuzz target found (fuzz/run.sh pdf, bench/RESULTS.md): each carried the PDF signature,
/// so the upload took it, and every download then failed, or hung, while stamping. Now the upload tries the stamp first
/// and refuses with one line.
/// </summary>
public sealed class ConfidentialUploadTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string> Unstampable => new()
    {
        // PDFsharp: ArgumentOutOfRangeException while looking for the cross-reference table.
        { "signature-only.pdf", "%PDF-1.4\ngarbage\n" },
        // PDFsharp: "The StartXRef table could not be found" (plain Exception): a download cut short.
        { "truncated.pdf", Truncated() },
        // PDFsharp: InvalidOperationException "Page has no MediaBox" when the page is measured for the stamp.
        { "no-mediabox.pdf", Encoding.Latin1.GetString(OrganisationSeed.Pdf(1, "Terms")).Replace("/MediaBox", "/MediaBux", StringComparison.Ordinal) },
        // PDFsharp looped for ever on the trailer's identifier left unclosed: each download held a thread at full CPU.
        { "unclosed-identifier.pdf", Regex.Replace(Encoding.Latin1.GetString(OrganisationSeed.Pdf(1, "Terms")), @"<([0-9A-Fa-f]+)>\s*\][^>]*>>", "<$1") },
        // Not from the fuzzer but the same gap: an image with a JPEG signature that does not decode failed the image stamp.
        { "signature-only.jpg", "\u00FF\u00D8\u00FF\u00E0 not a picture" },
    };

    private static string Truncated()
    {
        var pdf = OrganisationSeed.Pdf(1, "Terms");
        return Encoding.Latin1.GetString(pdf, 0, pdf.Length / 2);
    }

    [Theory]
    [MemberData(nameof(Unstampable))]
    public async Task A_file_that_cannot_be_stamped_is_refused_at_upload_with_one_line(string name, string latin1)
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await admin.PostMultipartAsync("/admin/organisation/confidential", "main form[enctype]",
            new Dictionary<string, string> { ["Title"] = "عقد الشراكة الموقّع" }, "Upload", Encoding.Latin1.GetBytes(latin1), name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        var alert = Assert.Single(page.QuerySelectorAll("[role=alert]"));
        Assert.Equal("تعذّرت قراءة الملف، وقد يكون تالفًا: احفظه من جديد ثم ارفعه.", alert.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ConfidentialDocuments.CountAsync()));
    }

    [Fact]
    public async Task A_readable_pdf_is_still_taken()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var response = await admin.PostMultipartAsync("/admin/organisation/confidential", "main form[enctype]",
            new Dictionary<string, string> { ["Title"] = "عقد الشراكة الموقّع" }, "Upload", OrganisationSeed.Pdf(2, "Terms"), "contract.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ConfidentialDocuments.CountAsync()));
    }
}
