namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>Removes a data directory a test made, and the key file the site keeps beside it (not inside it).</summary>
internal static class DataDirectories
{
    public static void Delete(string path)
    {
        Directory.Delete(path, recursive: true);
        File.Delete(path + ".keyring-key");
    }
}
