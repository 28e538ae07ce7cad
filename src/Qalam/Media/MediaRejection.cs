namespace Qalam.Media;

/// <summary>Why an upload was refused; each reason has its own message in MediaStrings.</summary>
public enum MediaRejection
{
    UnknownType,
    TooLarge,
    ImageTooLarge,
    Unreadable,
    Svg,
    Empty,
    Busy,
}

public sealed class MediaRejectedException(MediaRejection reason) : Exception($"Upload refused: {reason}")
{
    public MediaRejection Reason { get; } = reason;
}
