using System.Security.Cryptography;

namespace Qalam.Data;

/// <summary>
/// This process among the site's instances, as lease holders are named: the host and process id say where it runs,
/// and the random part keeps two hosts in one process (or a restarted process that got the same id) apart.
/// </summary>
public sealed class ThisInstance
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
