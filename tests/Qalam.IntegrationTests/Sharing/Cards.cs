using System.Net;
using AngleSharp.Dom;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Sharing;
using SkiaSharp;

namespace Qalam.IntegrationTests.Sharing;

/// <summary>Reading share cards as a link preview does: the page's og:image, then the image itself, decoded.</summary>
public static class Cards
{
    /// <summary>Where the cards drawn by the tests are kept to be looked at: the test output folder.</summary>
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "share-cards")).FullName;

    /// <summary>The og:image of a page, as a path on the site.</summary>
    public static async Task<string> ImageOfAsync(this HttpClient client, string pagePath)
    {
        var page = await client.GetDocumentAsync(pagePath);
        return PathOf(page.QuerySelector("meta[property='og:image']")?.GetAttribute("content")
            ?? throw new InvalidOperationException($"{pagePath} has no og:image."));
    }

    public static string PathOf(string absolute) => new Uri(absolute).PathAndQuery;

    public static async Task<byte[]> PngAsync(this HttpClient client, string cardPath)
    {
        var response = await client.GetAsync(cardPath);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{cardPath} answered {(int)response.StatusCode}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>How many pixels of a part of the card are dark (the title's ink is near-black, the card white).</summary>
    public static int DarkPixels(byte[] png, SKRectI area) => Count(png, area, c => c.Red + c.Green + c.Blue < 3 * 110);

    public static int Count(byte[] png, SKRectI area, Func<SKColor, bool> match)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = bitmap.Pixels;
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (match(pixels[y * bitmap.Width + x])) count++;
            }
        }
        return count;
    }

    public static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return (bitmap.Width, bitmap.Height);
    }

    public static void Keep(byte[] png, string name) => File.WriteAllBytes(Path.Combine(Directory, name + ".png"), png);

    public static SKRectI TitleArea => ShareCardImage.TitleArea;

    /// <summary>The foot of the card, where the logo and the organisation's name are.</summary>
    public static SKRectI Foot => SKRectI.Create(0, 530, ShareCard.Width, ShareCard.Height - 530);

    public static string? Meta(this IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
}
