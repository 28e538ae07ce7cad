using Qalam.Cli;
using Qalam.Data;

namespace Qalam.Hosting;

/// <summary>
/// Checks the data directory before anything is written to it, so a mistyped --data ends in one line that names the
/// problem instead of an exception from whichever library touched it first.
/// </summary>
public static class DataDirectory
{
    public static string Prepare(string path)
    {
        path = Path.GetFullPath(path);
        if (File.Exists(path)) throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("DataIsFile", path));
        // A missing parent is refused rather than made: a typo in --data would otherwise start a second, empty site.
        var parent = Path.GetDirectoryName(path);
        if (!Directory.Exists(path) && parent is not null && !Directory.Exists(parent))
        {
            throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("DataParentMissing", path, parent));
        }
        if (!CanWrite(() => DataFiles.CreatePrivateDirectory(path), path, out var e))
        {
            throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("DataNotWritable", path), e);
        }
        return path;
    }

    /// <summary>
    /// Checks Qalam:Media:Store when it is set. A missing folder is refused, never made: it is most often a shared volume
    /// that is not mounted, and files written into the empty mount point would be seen by this instance alone.
    /// </summary>
    public static void PrepareStore(string? store)
    {
        if (string.IsNullOrWhiteSpace(store)) return;
        var path = Path.GetFullPath(store);
        if (!Directory.Exists(path)) throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("StoreMissing", path));
        if (!CanWrite(() => { }, path, out var e)) throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("StoreNotWritable", path), e);
    }

    private static bool CanWrite(Action prepare, string path, out Exception? failure)
    {
        try
        {
            prepare();
            var probe = Path.Combine(path, $".write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            failure = null;
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            failure = e;
            return false;
        }
    }
}
