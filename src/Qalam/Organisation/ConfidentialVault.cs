using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Qalam.Organisation;

/// <summary>
/// Where confidential files live: data/confidential/, outside the public media root and the database's media
/// library, so no media or static-file URL can reach them; encrypted at rest with the data-protection key ring.
/// </summary>
public sealed class ConfidentialVault(IOptions<QalamOptions> options, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Qalam.Confidential.v1");

    public string Root => options.Value.DataPath("confidential");

    public async Task<string> WriteAsync(Guid key, byte[] content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Root);
        var name = key.ToString("N") + ".bin";
        var temp = Path.Combine(Root, name + ".tmp");
        await File.WriteAllBytesAsync(temp, _protector.Protect(content), ct);
        File.Move(temp, Path.Combine(Root, name), overwrite: true);
        return name;
    }

    public async Task<byte[]> ReadAsync(string storagePath, CancellationToken ct = default) =>
        _protector.Unprotect(await File.ReadAllBytesAsync(Path.Combine(Root, Path.GetFileName(storagePath)), ct));

    public void Delete(string storagePath) => File.Delete(Path.Combine(Root, Path.GetFileName(storagePath)));
}
