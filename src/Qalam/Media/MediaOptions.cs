using System.ComponentModel.DataAnnotations;

namespace Qalam.Media;

/// <summary>Upload limits, bound from "Qalam:Media" and validated at start.</summary>
public sealed class MediaOptions
{
    public const string Section = "Qalam:Media";

    /// <summary>Largest accepted image file, in bytes. Default 10 MB.</summary>
    [Range(1024, 200L * 1024 * 1024)]
    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Largest accepted document (PDF), in bytes. Default 25 MB.</summary>
    [Range(1024, 500L * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Most pixels (width × height) an image may declare; checked from its header before anything is decoded. Default 40 megapixels.</summary>
    [Range(1, 200_000_000)]
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Most pixels for an image uploaded by an author or contributor: their uploads cannot tie up the server as long. Default 16 megapixels.</summary>
    [Range(1, 200_000_000)]
    public long MaxImagePixelsBelowEditor { get; set; } = 16_000_000;

    /// <summary>How many images are decoded and re-encoded at once, whatever the number of uploads. Default 2.</summary>
    [Range(1, 64)]
    public int ImageWorkers { get; set; } = 2;

    /// <summary>How long an upload waits for a free worker before it is refused as busy. Default 30 s.</summary>
    [Range(0, 600)]
    public int ImageWaitSeconds { get; set; } = 30;

    /// <summary>How long one image may take to process before its upload is refused as busy. Default 60 s.</summary>
    [Range(1, 600)]
    public int ImageProcessSeconds { get; set; } = 60;

    /// <summary>The request body limit for the upload form: the larger file limit plus room for the other fields.</summary>
    public long MaxRequestBytes => Math.Max(MaxImageBytes, MaxDocumentBytes) + 1024 * 1024;
}
