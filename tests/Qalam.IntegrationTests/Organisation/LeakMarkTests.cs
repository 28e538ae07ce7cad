using System.Diagnostics;
using System.Net;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// A leaked confidential PDF still names its recipient after the edits a leaker would make: the stamp's content stream
/// unlinked and the metadata blanked, a re-save by qpdf or Ghostscript, one page taken out, a screenshot of one page.
/// Two recipients of the same document are told apart every time. Uses Debian's qpdf, ghostscript and poppler-utils.
/// </summary>
public sealed class LeakMarkTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Admin, byte[] Salma, byte[] Omar)> TwoCopiesAsync()
    {
        var salma = await _factory.SignedInClientAsync(Role.Author, email: "salma@example.org");
        var omar = await _factory.SignedInClientAsync(Role.Author, email: "omar@example.org");
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var key = await _factory.UploadConfidentialAsync(admin, "عقد الشراكة السري", Role.Author);
        return (admin, await DownloadAsync(salma, key), await DownloadAsync(omar, key));
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, Guid key)
    {
        var r = await client.GetAsync($"/admin/documents/{key}/download");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> TraceAsync(HttpClient admin, byte[] leak, string name)
    {
        var r = await admin.PostMultipartAsync("/admin/organisation/trace", "main form", new Dictionary<string, string>(), "Leak", leak, name);
        var who = (await r.ReadDocumentAsync()).QuerySelector("#trace-who");
        Assert.True(who is not null, $"The trace found no copy in {name} ({(int)r.StatusCode}).");
        return who.TextContent;
    }

    private static async Task AssertTracedAsync(HttpClient admin, byte[] salmasLeak, byte[] omarsLeak, string name)
    {
        var salma = await TraceAsync(admin, salmasLeak, name);
        Assert.Contains("salma@example.org", salma);
        Assert.DoesNotContain("omar@example.org", salma);
        var omar = await TraceAsync(admin, omarsLeak, name);
        Assert.Contains("omar@example.org", omar);
        Assert.DoesNotContain("salma@example.org", omar);
    }

    [Fact]
    public async Task Unlinking_the_stamp_stream_and_blanking_the_metadata_leaves_the_copy_traceable()
    {
        var (admin, salma, omar) = await TwoCopiesAsync();
        await AssertTracedAsync(admin, Strip(salma), Strip(omar), "stripped.pdf");
    }

    [Fact]
    public async Task A_copy_resaved_by_qpdf_or_ghostscript_is_still_traced()
    {
        var (admin, salma, omar) = await TwoCopiesAsync();
        await AssertTracedAsync(admin, Tool(salma, "qpdf", "--object-streams=generate", "{in}", "{out}"),
            Tool(omar, "qpdf", "--object-streams=generate", "{in}", "{out}"), "qpdf.pdf");
        await AssertTracedAsync(admin, Tool(salma, "gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", "{out}", "{in}"),
            Tool(omar, "gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-o", "{out}", "{in}"), "gs.pdf");
    }

    [Fact]
    public async Task One_page_taken_out_of_a_stripped_copy_is_still_traced()
    {
        var (admin, salma, omar) = await TwoCopiesAsync();
        await AssertTracedAsync(admin, Tool(Strip(salma), "qpdf", "{in}", "--pages", "{in}", "2", "--", "{out}"),
            Tool(Strip(omar), "qpdf", "{in}", "--pages", "{in}", "2", "--", "{out}"), "page-2.pdf");
    }

    [Fact]
    public async Task A_screenshot_of_one_page_is_traced_to_its_copy()
    {
        var (admin, salma, omar) = await TwoCopiesAsync();
        await AssertTracedAsync(admin, Screenshot(salma), Screenshot(omar), "screenshot.png");
    }

    [Fact]
    public async Task A_copy_whose_text_was_all_removed_is_traced_from_its_drawn_code()
    {
        var (admin, salma, omar) = await TwoCopiesAsync();
        // Ghostscript with text turned into outlines: no text is left for any extractor, only drawing.
        string[] outlines = ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", "-dNoOutputFonts", "-o", "{out}", "{in}"];
        await AssertTracedAsync(admin, Tool(Strip(salma), outlines), Tool(Strip(omar), outlines), "outlined.pdf");
    }

    /// <summary>The attack that defeated the first stamp: drop each page's last content stream, blank Info and XMP.</summary>
    private static byte[] Strip(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var doc = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        foreach (var page in doc.Pages)
        {
            if (page.Elements.GetObject("/Contents") is PdfArray { Elements.Count: > 1 } contents) contents.Elements.RemoveAt(contents.Elements.Count - 1);
        }
        foreach (var key in doc.Info.Elements.Keys.ToList()) doc.Info.Elements.Remove(key);
        doc.Internals.Catalog.Elements.Remove("/Metadata");
        using var output = new MemoryStream();
        doc.Save(output);
        return output.ToArray();
    }

    private static byte[] Screenshot(byte[] pdf) => Tool(pdf, "pdftoppm", "-r", "100", "-png", "-f", "2", "-l", "2", "-singlefile", "{in}", "{outbase}");

    private static byte[] Tool(byte[] input, params string[] command) => Tool(input, command[0], command[1..]);

    /// <summary>Runs a real tool on the file: {in} is the input, {out} the output file, {outbase} an output name without extension.</summary>
    private static byte[] Tool(byte[] input, string tool, params string[] args)
    {
        var dir = Directory.CreateTempSubdirectory("qalam-leak.");
        try
        {
            var inPath = Path.Combine(dir.FullName, "in.pdf");
            var outBase = Path.Combine(dir.FullName, "out");
            File.WriteAllBytes(inPath, input);
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) start.ArgumentList.Add(a.Replace("{in}", inPath).Replace("{outbase}", outBase).Replace("{out}", outBase + ".out"));
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode is 0 or 3, $"{tool} failed: {error}"); // qpdf exits 3 on warnings
            return File.ReadAllBytes(Directory.GetFiles(dir.FullName, "out*").Single());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
