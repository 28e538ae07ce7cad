namespace Qalam.Data;

/// <summary>
/// Who may do one kind of background work (publishing rounds, backups, the running import) until when. The holder
/// renews it while it works; an instance that dies stops renewing, and another takes the lease once it has expired.
/// </summary>
public sealed class Lease
{
    public string Name { get; set; } = "";
    /// <summary>The instance holding it (<see cref="ThisInstance"/>).</summary>
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresUtc { get; set; }
    /// <summary>Counts changes of holder: a renewal keeps it, a takeover adds one.</summary>
    public long Fence { get; set; }
}

/// <summary>A lease as its holder got it: the fence tells a takeover from a renewal.</summary>
public sealed record HeldLease(string Name, long Fence, DateTimeOffset ExpiresUtc);
