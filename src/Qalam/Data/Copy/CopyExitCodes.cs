namespace Qalam.Data.Copy;

/// <summary>Exit codes of `copy-data` (also in the README and the verb's help).</summary>
public static class CopyExitCodes
{
    public const int Done = 0;

    /// <summary>Could not run: a bad address, a missing source, the same database twice, a database that cannot be reached.</summary>
    public const int CouldNotRun = 1;

    /// <summary>The copy was written but its counts or checksums differ from the source's (each difference is printed).</summary>
    public const int Differs = 2;

    /// <summary>The target already holds rows, or files that differ from the source's: nothing was written.</summary>
    public const int TargetNotEmpty = 3;
}
