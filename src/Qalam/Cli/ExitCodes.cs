namespace Qalam.Cli;

/// <summary>
/// What the program's exit code says (also in the README). Verbs have their own codes below 64 (see `import`, `export`);
/// the codes from 64 on follow the BSD sysexits convention, so service managers and scripts can tell them apart.
/// </summary>
public static class ExitCodes
{
    public const int Done = 0;

    /// <summary>A command line that cannot be understood, or an unexpected error (the line printed says where the details went).</summary>
    public const int Failed = 1;

    /// <summary>The site cannot listen: its address is used by another program, not allowed, or not an address.</summary>
    public const int AddressUnavailable = 69;

    /// <summary>The data directory cannot be used: a file, a missing parent folder, or not writable.</summary>
    public const int DataDirectory = 73;

    /// <summary>A setting has a wrong or unsupported value.</summary>
    public const int Configuration = 78;
}
