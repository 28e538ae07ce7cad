using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

// File modes are a Unix matter; Qalam is served from Linux.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFilesTests : IDisposable
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_data_directory_and_its_files_are_readable_by_the_site_only()
    {
        // As an older version left them: readable by everyone on the machine.
        File.SetUnixFileMode(_factory.DataDirectory, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(_factory.DataDirectory, "qalam.db"), (UnixFileMode)0b110_100_100);

        await _factory.SignedInClientAsync(Role.Administrator);

        var everything = Directory.EnumerateFileSystemEntries(_factory.DataDirectory, "*", SearchOption.AllDirectories).Prepend(_factory.DataDirectory).ToList();
        Assert.Contains(everything, p => p.EndsWith("qalam.db-wal", StringComparison.Ordinal));
        Assert.Contains(everything, p => p.EndsWith(".xml", StringComparison.Ordinal));
        Assert.All(everything, p => Assert.True((File.GetUnixFileMode(p) & GroupOrOthers) == 0, $"{p}: {File.GetUnixFileMode(p)}"));
    }

    [Fact]
    public async Task The_key_ring_on_disk_holds_no_plain_master_key_and_sign_in_still_works()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);

        var keys = Directory.GetFiles(Path.Combine(_factory.DataDirectory, "keys"), "*.xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.DoesNotContain("<masterKey", File.ReadAllText(k), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/account")).StatusCode);
    }
}
