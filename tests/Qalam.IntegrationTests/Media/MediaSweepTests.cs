using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Media;

namespace Qalam.IntegrationTests.Media;

/// <summary>Files an interrupted upload or import left behind are removed; the library's files and fresh uploads are not.</summary>
public sealed class MediaSweepTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Old_files_no_item_owns_are_removed_and_everything_else_stays()
    {
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        Assert.Equal("/admin/media", (await editor.UploadAsync(MediaFiles.Jpeg(1600, 900), "tripoli.jpg")).Headers.Location!.OriginalString);
        var item = await _factory.WithDbAsync(db => db.Media.SingleAsync());
        var root = Path.Combine(_factory.DataDirectory, "media");
        var owned = MediaVariants.Of(item).Select(v => v.StoragePath).Append(item.StoragePath).Select(p => Path.Combine(root, p)).ToList();
        Assert.True(owned.Count > 1, "the upload has variants");
        // The background round's hourly sweep has had its turn (or takes it now), so only this test's sweep runs below.
        await Publisher().SweepMediaAsync();

        // What an import killed between writing its files and saving its rows leaves: files, and no rows.
        var orphan = Path.Combine(root, "2026", "01", "leaked-contract.pdf");
        var orphanVariant = Path.Combine(root, "2026", "01", "photo-640.webp");
        var fresh = Path.Combine(root, "2026", "01", "uploading-now.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        foreach (var f in new[] { orphan, orphanVariant, fresh }) await File.WriteAllBytesAsync(f, MediaFiles.Pdf());
        foreach (var f in owned.Append(orphan).Append(orphanVariant)) File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddHours(-7));

        var removed = 0;
        await _factory.WithScopeAsync(async sp => removed = await sp.GetRequiredService<MediaSweep>().RunAsync());

        Assert.Equal(2, removed);
        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(orphanVariant));
        Assert.True(File.Exists(fresh), "a file younger than the minimum age may belong to an upload in progress");
        Assert.All(owned, f => Assert.True(File.Exists(f), f));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _factory.CreateClient().GetAsync(Urls.Media(item.StoragePath))).StatusCode);
    }

    [Fact]
    public async Task The_background_round_sweeps_at_most_once_an_hour()
    {
        var root = Path.Combine(_factory.DataDirectory, "media");
        Directory.CreateDirectory(root);
        var publisher = Publisher();
        await publisher.SweepMediaAsync(); // the first round may already have run

        var orphan = Path.Combine(root, "stray.png");
        await File.WriteAllBytesAsync(orphan, MediaFiles.Png(10, 10));
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-1));
        Assert.Equal(0, await publisher.SweepMediaAsync());
        Assert.True(File.Exists(orphan));

        _factory.Clock.Advance(TimeSpan.FromMinutes(61));
        // The advance also wakes the background round; whichever of the two sweeps first removes the file.
        await publisher.SweepMediaAsync();
        for (var i = 0; i < 50 && File.Exists(orphan); i++) await Task.Delay(100);
        Assert.False(File.Exists(orphan));
    }

    private ScheduledPublisher Publisher() =>
        _factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ScheduledPublisher>().Single();
}
