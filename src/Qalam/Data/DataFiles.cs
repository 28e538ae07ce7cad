using System.Runtime.InteropServices;

namespace Qalam.Data;

/// <summary>
/// The data directory (database, media, keys, confidential files) is the site's alone: files 0600, directories 0700.
/// New files get that from a process umask of 077 (SQLite's -wal and -shm, data-protection keys and uploads are all
/// created by libraries that take the umask); files left readable by an older version are fixed at start.
/// </summary>
internal static class DataFiles
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static string CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path).FullName;
        _ = umask(0b000_111_111);
        Directory.CreateDirectory(path, OwnerOnlyDirectory);
        Restrict(path);
        return path;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Restrict(string root)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Prepend(root))
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOthers) != 0) File.SetUnixFileMode(path, mode & ~GroupOrOthers);
        }
    }

    // DllImport, not LibraryImport: a uint in and out needs no marshalling, and LibraryImport would need unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc")]
    private static extern uint umask(uint mask);
#pragma warning restore SYSLIB1054
}
