using Microsoft.Extensions.Options;

namespace Qalam.Media;

/// <summary>
/// Bounds image decoding for the whole process: a 36-megapixel PNG of 100 KB costs seconds and hundreds of MB, so a
/// few at once could exhaust the server. Uploads beyond <see cref="MediaOptions.ImageWorkers"/> wait their turn; one
/// that waits longer than <see cref="MediaOptions.ImageWaitSeconds"/>, or runs longer than
/// <see cref="MediaOptions.ImageProcessSeconds"/>, is refused as busy (its work still
/// finishes and only then frees its place, so the bound always holds).
/// </summary>
public sealed class ImageWork(IOptions<MediaOptions> options)
{
    private readonly SemaphoreSlim _workers = new(options.Value.ImageWorkers, options.Value.ImageWorkers);

    /// <summary>Places free right now (for the admin and for tests).</summary>
    public int Free => _workers.CurrentCount;

    public async Task<ProcessedImage> ProcessAsync(byte[] bytes, MediaTypes.Kind kind, long maxPixels, CancellationToken ct)
    {
        if (!await _workers.WaitAsync(TimeSpan.FromSeconds(options.Value.ImageWaitSeconds), ct)) throw new MediaRejectedException(MediaRejection.Busy);
        var work = Task.Run(() =>
        {
            try { return ImageProcessor.Process(bytes, kind, maxPixels); }
            finally { _workers.Release(); }
        }, CancellationToken.None);
        try
        {
            return await work.WaitAsync(TimeSpan.FromSeconds(options.Value.ImageProcessSeconds), ct);
        }
        catch (TimeoutException)
        {
            throw new MediaRejectedException(MediaRejection.Busy);
        }
    }

    /// <summary>Takes every place, as a long burst of uploads would; disposing gives them back.</summary>
    public async Task<IDisposable> OccupyAllAsync()
    {
        for (var i = 0; i < options.Value.ImageWorkers; i++) await _workers.WaitAsync();
        return new Occupied(_workers, options.Value.ImageWorkers);
    }

    private sealed class Occupied(SemaphoreSlim workers, int count) : IDisposable
    {
        public void Dispose() => workers.Release(count);
    }
}
