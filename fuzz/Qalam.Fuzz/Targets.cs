using System.Text;
using Qalam.Content;
using Qalam.Import;
using Qalam.Media;
using Qalam.Organisation;
using Qalam.Search;

namespace Qalam.Fuzz;

/// <summary>
/// One entry per fuzzed feature. Each feeds the input to the real code and catches only the exceptions that code
/// documents for bad input; anything else escapes and afl-fuzz records it as a crash. A broken promise the code makes
/// to its users (a slug that cannot be found again, a stamped copy that cannot be traced) is thrown as a crash too.
/// </summary>
public static class Targets
{
    public static readonly IReadOnlyDictionary<string, Action<Stream>> ByName = new Dictionary<string, Action<Stream>>
    {
        ["wxr"] = Wxr,
        ["html"] = Html,
        ["slug"] = SlugText,
        ["analyser"] = Analyser,
        ["upload"] = Upload,
        ["pdf"] = Pdf,
    };

    /// <summary>WxrReader documents <see cref="WxrFormatException"/> for anything it cannot read.</summary>
    public static void Wxr(Stream input)
    {
        try
        {
            foreach (var entry in WxrReader.Read(input)) GC.KeepAlive(entry);
        }
        catch (WxrFormatException)
        {
        }
    }

    /// <summary>Every post body goes through this on the way in; nothing here is allowed to throw.</summary>
    public static void Html(Stream input)
    {
        var html = Text(input);
        var prepared = PostBody.Prepare(html);
        if (prepared.Html.Contains("<script", StringComparison.OrdinalIgnoreCase)) throw new BrokenPromiseException("a script element survived sanitising");
        PostBody.Summarise(prepared.Html, 80);
        PostBody.PlainText(html);
        PostBody.ToText(PostBody.Sanitize(html));
        foreach (var tag in prepared.Hashtags) PostBody.TagSlug(tag);
    }

    /// <summary>
    /// A slug the writer makes must be the one a reader's URL finds (the reader normalises what it is sent), and
    /// saving the post again must keep it.
    /// </summary>
    public static void SlugText(Stream input)
    {
        var text = Text(input);
        foreach (var transliterate in new[] { false, true })
        {
            var slug = Slug.FromText(text, transliterate);
            if (slug.Length > Slug.MaxLength) throw new BrokenPromiseException($"slug of {slug.Length} characters");
            if (Slug.Normalize(slug) != slug) throw new BrokenPromiseException($"a reader's URL does not find the slug {Escape(slug)}");
            if (Slug.Normalize(Slug.Encode(slug)) != slug) throw new BrokenPromiseException($"the encoded slug does not decode back: {Escape(slug)}");
            if (Slug.FromText(Slug.Normalize(slug)) != slug) throw new BrokenPromiseException($"saving again changes the slug {Escape(slug)}");
        }
        Slug.FromText(Slug.Normalize(text));
    }

    /// <summary>Indexing, query parsing and highlighting of any text; nothing here is allowed to throw.</summary>
    public static void Analyser(Stream input)
    {
        var text = Text(input);
        foreach (var exact in new[] { false, true })
        {
            foreach (var t in SearchAnalyzer.Tokens(text, exact))
            {
                if (t.Start < 0 || t.Start + t.Length > text.Length || t.Term.Length == 0) throw new BrokenPromiseException($"token out of the text: {t}");
            }
        }
        ArabicText.Normalize(text);
        ArabicStemmer.Stem(ArabicText.Normalize(text));
        var query = SearchQuery.Parse(text);
        var terms = query.Words.Concat(query.Phrases).SelectMany(w => SearchAnalyzer.Terms(w)).ToHashSet(StringComparer.Ordinal);
        Highlighter.Snippet(text, terms, maxChars: 40);
        Highlighter.Mark(text, terms, exact: true);
    }

    /// <summary>
    /// An upload as the media library checks it: type from the bytes, SVG refused, images decoded and re-encoded
    /// without metadata. <see cref="MediaRejectedException"/> is the documented refusal.
    /// </summary>
    public static void Upload(Stream input)
    {
        var bytes = Bytes(input);
        ImageMetadata.HasExif(bytes);
        var kind = MediaTypes.Sniff(bytes);
        if (kind is null)
        {
            MediaTypes.LooksLikeSvg(bytes);
            return;
        }
        try
        {
            if (kind == MediaTypes.Gif) GifCleaner.Clean(bytes);
            if (!kind.IsImage) return;
            // A small pixel budget keeps each run short; the check itself is what runs in production.
            var processed = ImageProcessor.Process(bytes, kind, maxPixels: 1_000_000);
            if (ImageMetadata.HasExif(processed.Original)) throw new BrokenPromiseException("EXIF left in a stored image");
        }
        catch (MediaRejectedException)
        {
        }
    }

    // Made per run: instrumented code must not run before the fuzzer has set up its coverage map (a static field would).
    private static CopyStamp Stamp => new(new Guid("3f2b8c1e-6d4a-4e8b-9c2d-1a7e5f0b9d63"), "سارة المبروك", "sara@example.org", "2026-03-01 10:00 +02:00");

    /// <summary>
    /// A confidential PDF as it is uploaded and handed out: what the upload accepts must stamp, and the stamped copy
    /// must lead back to its recipient. Refusal at upload (<see cref="WatermarkStamp.CanStamp"/>) is the documented
    /// outcome for a file that cannot be stamped.
    /// </summary>
    public static void Pdf(Stream input)
    {
        var bytes = Bytes(input);
        LeakTrace.FromPdf(bytes);
        // Refused at upload, with a message: not a PDF, or one that cannot be stamped.
        if (MediaTypes.Sniff(bytes) != MediaTypes.Pdf || !WatermarkStamp.CanStamp(bytes, MediaTypes.Pdf.ContentType)) return;
        var stamped = WatermarkStamp.StampPdf(bytes, Stamp);
        if (LeakTrace.FromPdf(stamped) != Stamp.CopyId) throw new BrokenPromiseException("a stamped copy cannot be traced");
    }

    // As ASP.NET Core decodes a form or a request body: UTF-8, invalid bytes replaced, no byte-order-mark sniffing
    // (a UTF-16 mark would let lone surrogates in, which no request can carry).
    private static string Text(Stream input) => new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false).ReadToEnd();

    private static byte[] Bytes(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}"));
}

/// <summary>A broken promise found by a target (as opposed to an exception thrown by the code under test).</summary>
public sealed class BrokenPromiseException(string message) : Exception(message);
