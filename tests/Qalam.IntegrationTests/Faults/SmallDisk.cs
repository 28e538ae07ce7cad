using System.Diagnostics;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// A tmpfs of a few megabytes mounted for one test, to meet a full disk for real. Needs root; on CI (CI=true) not being
/// able to mount is a failure, elsewhere the test has nothing to do.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path, bool mounted) => (Path, Mounted) = (path, mounted);

    public string Path { get; }
    public bool Mounted { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("qalam-full-disk-").FullName;
        return new SmallDisk(path, Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path) == 0);
    }

    /// <summary>Whether the test can go on; asserts it can when running on CI.</summary>
    public bool Available()
    {
        if (!Mounted) Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
        return Mounted;
    }

    /// <summary>Makes the disk bigger, as an operator freeing space would.</summary>
    public void Grow(int megabytes) => Assert.Equal(0, Run("mount", "-o", $"remount,size={megabytes}m", Path));

    /// <summary>Writes until the disk refuses: what is left is less than one block.</summary>
    public void Fill()
    {
        var block = new byte[4096];
        try
        {
            using var file = new FileStream(System.IO.Path.Combine(Path, $"filler-{Guid.NewGuid():N}"), FileMode.Create, FileAccess.Write, FileShare.None, 1);
            while (true) file.Write(block);
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Empty()
    {
        foreach (var filler in Directory.EnumerateFiles(Path, "filler-*")) File.Delete(filler);
    }

    public void Dispose()
    {
        if (Mounted) Run("umount", "-l", Path);
        DataDirectories.Delete(Path);
    }

    private static int Run(string program, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
