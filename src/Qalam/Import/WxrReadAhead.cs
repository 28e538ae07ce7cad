using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Qalam.Import;

/// <summary>
/// Reads the export on another thread, a little ahead of the importer, so parsing the XML (a large share of what an
/// item costs) overlaps with writing the items before it. What the reader throws reaches the importer in file order,
/// after the entries read before it; the importer stopping early stops the reader.
/// </summary>
internal static class WxrReadAhead
{
    private readonly record struct Slot(WxrEntry? Entry, ExceptionDispatchInfo? Error);

    public static async IAsyncEnumerable<WxrEntry> ReadAsync(Func<IEnumerable<WxrEntry>> read, int ahead, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channel = Channel.CreateBounded<Slot>(new BoundedChannelOptions(Math.Max(1, ahead)) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var entry in read()) await channel.Writer.WriteAsync(new Slot(entry, null), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The importer stopped reading.
            }
            catch (Exception e)
            {
                await channel.Writer.WriteAsync(new Slot(null, ExceptionDispatchInfo.Capture(e)), stop.Token);
            }
            finally
            {
                channel.Writer.TryComplete();
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var slot in channel.Reader.ReadAllAsync(ct))
            {
                slot.Error?.Throw();
                yield return slot.Entry!;
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await reader;
            }
            catch (OperationCanceledException)
            {
                // Cancelled while handing over an error nobody reads any more.
            }
        }
    }
}
