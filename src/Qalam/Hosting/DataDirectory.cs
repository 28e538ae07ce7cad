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
        try
        {
            DataFiles.CreatePrivateDirectory(path);
            var probe = Path.Combine(path, $".write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StartupFailureException(ExitCodes.DataDirectory, CliStrings.Get("DataNotWritable", path), e);
        }
        return path;
    }
}
