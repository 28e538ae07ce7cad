using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Qalam.Organisation;

/// <summary>
/// Where confidential files live: data/confidential/, outside the public media root and the database's media
/// library, so no media or static-file URL can reach them; encrypted at rest with the data-protection key ring.
/// </summary>
public sealed class ConfidentialVault(IOptions<QalamOptions> options, IDataProtectionProvider protection, ILogger<ConfidentialVault> log)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Qalam.Confidential.v1");

    public string Root => options.Value.FilesPath("confidential");

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

    /// <summary>
    /// The original, or null when its file is gone from disk or no longer opens with the key ring (restored without its
    /// keys, damaged): the operator is told in the log; the reader gets a page that says the file is unavailable.
    /// </summary>
    public async Task<byte[]?> TryReadAsync(string storagePath, CancellationToken ct = default)
    {
        try
        {
            return await ReadAsync(storagePath, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            log.LogError("Confidential file {StorageName} is missing from the vault ({Vault}).", Path.GetFileName(storagePath), Root);
            return null;
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            log.LogError(e, "Confidential file {StorageName} cannot be decrypted with the current key ring.", Path.GetFileName(storagePath));
            return null;
        }
    }

    public void Delete(string storagePath) => File.Delete(Path.Combine(Root, Path.GetFileName(storagePath)));
}
