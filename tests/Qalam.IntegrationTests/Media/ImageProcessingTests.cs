using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Media;
using SkiaSharp;

namespace Qalam.IntegrationTests.Media;

/// <summary>What an accepted image becomes: re-encoded without its EXIF (GPS above all), upright, with variants that really decode.</summary>
public sealed class ImageProcessingTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_image_with_gps_exif_is_stored_without_it_in_the_original_and_every_variant()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        var upload = MediaFiles.WithGpsExif(MediaFiles.Jpeg(1200, 800));
        Assert.True(ImageMetadata.HasExif(upload));
        Assert.True(MediaFiles.Contains(upload, MediaFiles.GpsLatitudeMarker));

        var response = await client.UploadAsync(upload, "طرابلس.jpg", alt: "ميدان الشهداء");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        var files = new[] { item.StoragePath }.Concat(MediaVariants.Of(item).Select(v => v.StoragePath)).ToList();
        Assert.Equal(7, files.Count); // the original, and 320, 640 and 1024 in JPEG and in WebP
        foreach (var path in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_factory.DataDirectory, "media", path));
            Assert.False(MediaFiles.Contains(bytes, "Exif"u8), $"{path} still has an Exif block");
            Assert.False(MediaFiles.Contains(bytes, MediaFiles.GpsLatitudeMarker), $"{path} still has the GPS latitude");
            Assert.False(ImageMetadata.HasExif(bytes));
        }
    }

    [Fact]
    public async Task The_exif_orientation_is_applied_before_it_is_dropped()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        // Orientation 6: the camera was turned; the stored pixels are 1200 wide and must be shown 800 wide.
        var response = await client.UploadAsync(MediaFiles.WithGpsExif(MediaFiles.Jpeg(1200, 800), orientation: 6), "portrait.jpg");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        Assert.Equal((800, 1200), (item.Width, item.Height));
        using var stored = SKBitmap.Decode(Path.Combine(_factory.DataDirectory, "media", item.StoragePath));
        Assert.Equal((800, 1200), (stored.Width, stored.Height));
    }

    [Fact]
    public async Task Variants_exist_at_each_smaller_width_in_webp_and_the_original_format_and_decode()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Png(1800, 1200), "banner.png", alt: "لافتة");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        Assert.Equal("image/png", item.ContentType);
        Assert.Equal((1800, 1200), (item.Width, item.Height));
        Assert.Equal("320,640,1024,1600", item.VariantWidths);

        var variants = MediaVariants.Of(item);
        Assert.Equal(8, variants.Count);
        foreach (var v in variants)
        {
            var response = await client.GetAsync(v.Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(v.ContentType, response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(v.ContentType, MediaTypes.Sniff(bytes)!.ContentType);
            using var decoded = SKBitmap.Decode(bytes);
            Assert.Equal(v.Width, decoded.Width);
            Assert.Equal((int)Math.Round(v.Width * 1200 / 1800.0), decoded.Height);
        }
    }

    [Fact]
    public async Task A_small_image_keeps_only_its_original()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(300, 200), "icon.jpg", alt: "أيقونة");
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        Assert.Equal("", item.VariantWidths ?? "");
        Assert.Empty(MediaVariants.Of(item));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Two_uploads_with_the_same_name_get_their_own_files_and_variants()
    {
        var client = await _factory.SignedInClientAsync(Role.Author);
        await client.UploadAsync(MediaFiles.Jpeg(700, 400), "photo.jpg");
        await client.UploadAsync(MediaFiles.Png(700, 400), "photo.png");
        var items = await _factory.WithDbAsync(db => db.Media.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(["2026/11/photo.jpg", "2026/11/photo-2.png"], items.Select(i => i.StoragePath));
        var allFiles = items.SelectMany(i => MediaVariants.Of(i).Select(v => v.StoragePath).Append(i.StoragePath)).ToList();
        Assert.Equal(allFiles.Count, allFiles.Distinct().Count());
        Assert.All(allFiles, f => Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "media", f)), f));
    }
}
