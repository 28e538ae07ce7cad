using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Qalam.Organisation;

/// <summary>Reads the copy identifier back out of a leaked file, or out of what an administrator typed.</summary>
public static partial class LeakTrace
{
    /// <summary>From a PDF: the metadata entry first, then the text printed on the pages (which survives re-saving).</summary>
    public static Guid? FromPdf(byte[] pdf)
    {
        try
        {
            using var doc = PdfDocument.Open(pdf);
            var info = doc.Information.DocumentInformationDictionary?.Data ?? new Dictionary<string, IToken>();
            foreach (var (key, value) in info)
            {
                if (key == WatermarkStamp.MetadataKey.TrimStart('/') && FromText(value is StringToken s ? s.Data : value.ToString() ?? "") is { } fromMeta) return fromMeta;
            }
            foreach (var page in doc.GetPages())
            {
                if (FromText(page.Text) is { } fromText) return fromText;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not a readable PDF: the caller says so.
        }
        return null;
    }

    /// <summary>A bare GUID or the printed form QALAM-COPY-…, anywhere in the text.</summary>
    public static Guid? FromText(string text)
    {
        var m = GuidPattern().Match(text);
        return m.Success && Guid.TryParse(m.Value, out var id) ? id : null;
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
