using Microsoft.Extensions.Configuration;
using Qalam.Hosting;

namespace Qalam.IntegrationTests.Hosting;

public sealed class KeyRingKeyTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"qalam-keyring-{Guid.NewGuid():N}");

    [Fact]
    public async Task Processes_starting_at_once_on_new_data_all_get_the_same_whole_key()
    {
        var config = new ConfigurationBuilder().Build();
        // A race shows only sometimes: many fresh data directories, each started by many at once.
        for (var round = 0; round < 25; round++)
        {
            var data = $"{_data}-{round}";
            var keys = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => KeyRingKey.Load(config, data))));

            Assert.All(keys, k => Assert.Equal(32, k.Bytes.Length));
            Assert.Single(keys.Select(k => Convert.ToBase64String(k.Bytes)).Distinct());
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(data)!, Path.GetFileName(data) + ".keyring-key*"));
        }
    }

    public void Dispose()
    {
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(_data)!, Path.GetFileName(_data) + "*")) File.Delete(f);
    }
}
