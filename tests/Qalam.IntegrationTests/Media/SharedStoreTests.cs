using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Media;

/// <summary>With Qalam:Media:Store on a folder every instance shares, a file uploaded through one instance is served by another.</summary>
public sealed class SharedStoreTests : IDisposable
{
    private readonly string _store = Directory.CreateTempSubdirectory("qalam-store-").FullName;
    private readonly QalamFactory _first;
    private readonly QalamFactory _second;

    public SharedStoreTests()
    {
        _first = new QalamFactory(demo: false, settings: new Dictionary<string, string> { ["Qalam:Media:Store"] = _store });
        // Another instance: its own data directory, the first one's database and the same store.
        _second = new QalamFactory(demo: false, settings: new Dictionary<string, string>
        {
            ["Qalam:Media:Store"] = _store,
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(_first.DataDirectory, "qalam.db")}",
        });
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
        Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task A_file_uploaded_through_one_instance_is_served_by_the_other_from_the_store()
    {
        var original = MediaFiles.Jpeg(900, 600);
        var upload = await (await _first.SignedInClientAsync(Role.Author)).UploadAsync(original, "اجتماع.jpg", alt: "اجتماع الفريق");
        Assert.Equal(HttpStatusCode.Found, upload.StatusCode);
        var item = await _first.WithDbAsync(db => db.Media.SingleAsync());

        Assert.True(File.Exists(Path.Combine(_store, "media", item.StoragePath)));
        Assert.False(Directory.Exists(Path.Combine(_first.DataDirectory, "media")));

        var served = await _second.CreateBrowserlessClient().GetAsync(Urls.Media(item.StoragePath));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_store, "media", item.StoragePath)), await served.Content.ReadAsByteArrayAsync());
        var variant = Qalam.Media.MediaVariants.Of(item)[0];
        Assert.Equal(HttpStatusCode.OK, (await _second.CreateBrowserlessClient().GetAsync(variant.Url)).StatusCode);
    }
}
