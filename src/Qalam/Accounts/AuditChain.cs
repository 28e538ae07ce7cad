using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Accounts;

/// <summary>
/// The audit log's hash chain: each entry stores SHA-256(previous hash + its own canonical fields), so editing, removing
/// or inserting a row behind the app's back breaks every hash after it. <see cref="AuditChainInterceptor"/> writes it.
/// </summary>
public static class AuditChain
{
    public static string Hash(string? previous, AuditEntry e)
    {
        // A JSON array is unambiguous: no choice of field values can make two different entries serialise alike.
        var fields = JsonSerializer.Serialize(new object?[]
        {
            previous ?? "", e.Id, e.AtUtc.UtcTicks, e.ActorId, e.ActorName, e.Action, e.Subject, e.IpAddress, e.UserAgent, e.Details,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fields)));
    }

    /// <summary>
    /// The time as the database gives it back: whole milliseconds, UTC. The hash is of what is stored, so the verifier,
    /// reading it back, computes the same one (SQLite keeps 100 µs, PostgreSQL 1 µs, .NET's clock 100 ns).
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public sealed record Result(int Count, AuditEntry? FirstBroken);

    /// <summary>Walks the log in id order. Entries written before the chain existed (no hash, at the start) are counted, not checked.</summary>
    public static async Task<Result> VerifyAsync(QalamDb db, CancellationToken ct = default)
    {
        string? previous = null;
        var count = 0;
        var chained = false;
        await foreach (var e in db.Audit.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (e.Hash is null && !chained) continue;
            chained = true;
            if (e.Hash != Hash(previous, e)) return new Result(count, e);
            previous = e.Hash;
        }
        return new Result(count, null);
    }

    public static string Describe(AuditEntry e) =>
        string.Create(CultureInfo.InvariantCulture, $"#{e.Id} {e.AtUtc.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z {e.Action}");
}
