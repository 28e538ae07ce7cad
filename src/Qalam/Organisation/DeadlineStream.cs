using System.Diagnostics;

namespace Qalam.Organisation;

/// <summary>
/// A read-only stream that throws <see cref="TimeoutException"/> once its time is up. PDFsharp 6.2.4 loops for ever on
/// a hex string that is never closed (a damaged trailer); the loop keeps touching its stream, so a deadline here ends
/// it, where a thread left spinning could not be stopped.
/// </summary>
public sealed class DeadlineStream(Stream inner, TimeSpan limit) : Stream
{
    private readonly long _end = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get { Check(); return inner.Position; }
        set { Check(); inner.Position = value; }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Check();
        return inner.Read(buffer, offset, count);
    }

    public override int ReadByte()
    {
        Check();
        return inner.ReadByte();
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Check();
        return inner.Seek(offset, origin);
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private void Check()
    {
        if (Stopwatch.GetTimestamp() > _end) throw new TimeoutException("The file took too long to read.");
    }
}
