namespace Qalam.Import;

/// <summary>The file is not a readable WordPress export; <see cref="Line"/> says where reading stopped (0 when unknown).</summary>
public sealed class WxrFormatException(string message, int line, Exception? inner = null) : Exception(message, inner)
{
    public int Line { get; } = line;
}
