using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Qalam.IntegrationTests.Media;

/// <summary>Real files for upload tests, made with SkiaSharp or written byte by byte where a camera or an attacker would.</summary>
public static class MediaFiles
{
    /// <summary>A latitude written into the GPS block; its bytes must not survive an upload.</summary>
    public static readonly byte[] GpsLatitudeMarker = [0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x35, 0x00, 0x00, 0x00, 0x01];

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Pdf(string title = "Annual report") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SeaGreen, SKColors.Gold], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// Inserts an APP1 Exif segment right after the JPEG's SOI marker, as a phone camera writes it: IFD0 with an
    /// orientation tag and a pointer to a GPS IFD that holds a latitude (32° 53′ N, Tripoli).
    /// </summary>
    public static byte[] WithGpsExif(byte[] jpeg, ushort orientation = 1)
    {
        var tiff = new List<byte>();
        tiff.AddRange("MM\0*"u8.ToArray());
        tiff.AddRange(U32(8));                       // IFD0 at offset 8
        tiff.AddRange(U16(2));                       // two entries
        tiff.AddRange(Entry(0x0112, 3, 1, (uint)orientation << 16)); // Orientation, SHORT, left-justified
        tiff.AddRange(Entry(0x8825, 4, 1, 8 + 2 + 24 + 4)); // GPSInfo IFD pointer
        tiff.AddRange(U32(0));                       // no next IFD
        var gpsIfd = tiff.Count;                     // 38
        var rationals = gpsIfd + 2 + 2 * 12 + 4;
        tiff.AddRange(U16(2));
        tiff.AddRange(Entry(0x0001, 2, 2, 0x4E000000)); // GPSLatitudeRef "N\0"
        tiff.AddRange(Entry(0x0002, 5, 3, (uint)rationals)); // GPSLatitude, three RATIONALs
        tiff.AddRange(U32(0));
        tiff.AddRange(GpsLatitudeMarker);
        tiff.AddRange(U32(0)); tiff.AddRange(U32(1));
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1 };
        segment.AddRange(U16((ushort)(payload.Length + 2)));
        segment.AddRange(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    /// <summary>A valid PNG header that claims <paramref name="width"/> × <paramref name="height"/> pixels, with a few bytes of data: a decompression bomb.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(U32((uint)data.Length));
        s.Write(typeBytes);
        s.Write(data);
        s.Write(U32(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] Entry(ushort tag, ushort type, uint count, uint value) => [.. U16(tag), .. U16(type), .. U32(count), .. U32(value)];

    private static byte[] U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, v); return b; }

    private static byte[] U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); return b; }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
