using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Qalam.Hosting;

namespace Qalam.Backups;

/// <summary>
/// The data-protection keys in an archive: the key files and the key that opens them, sealed with AES-GCM under a key
/// derived from the operator's passphrase (PBKDF2-SHA256), so the archive alone opens neither sessions nor confidential files.
/// On restore each key is sealed again under the restored site's own key-ring key.
/// </summary>
internal static class KeyRingSeal
{
    public const string EntryName = "keys/keyring.sealed";
    private const int Iterations = 600_000;
    private static readonly byte[] Magic = "QKEYS1"u8.ToArray();

    private sealed record Payload(string RingKey, Dictionary<string, string> Files);

    public static byte[] Seal(string keysFolder, KeyRingKey ringKey, string passphrase)
    {
        var files = Directory.Exists(keysFolder)
            ? Directory.EnumerateFiles(keysFolder, "*.xml").ToDictionary(p => Path.GetFileName(p), File.ReadAllText)
            : new Dictionary<string, string>();
        var plain = JsonSerializer.SerializeToUtf8Bytes(new Payload(Convert.ToBase64String(ringKey.Bytes), files));
        var salt = RandomNumberGenerator.GetBytes(16);
        var sealedBytes = new byte[Magic.Length + 16 + 12 + 16 + plain.Length];
        var span = sealedBytes.AsSpan();
        Magic.CopyTo(span);
        salt.CopyTo(span[Magic.Length..]);
        var nonce = span.Slice(Magic.Length + 16, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Derive(passphrase, salt), 16);
        aes.Encrypt(nonce, plain, span[(Magic.Length + 44)..], span.Slice(Magic.Length + 28, 16));
        return sealedBytes;
    }

    public sealed record Opened(KeyRingKey RingKey, IReadOnlyDictionary<string, string> Files);

    /// <summary>The archived key files and the key that opens them; null for a wrong passphrase.</summary>
    public static Opened? Open(byte[] sealedBytes, string passphrase)
    {
        if (sealedBytes.Length < Magic.Length + 44 || !sealedBytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        var span = sealedBytes.AsSpan();
        var plain = new byte[sealedBytes.Length - Magic.Length - 44];
        try
        {
            using var aes = new AesGcm(Derive(passphrase, span.Slice(Magic.Length, 16).ToArray()), 16);
            aes.Decrypt(span.Slice(Magic.Length + 16, 12), span[(Magic.Length + 44)..], span.Slice(Magic.Length + 28, 16), plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        var payload = JsonSerializer.Deserialize<Payload>(plain)!;
        return new Opened(new KeyRingKey(Convert.FromBase64String(payload.RingKey)), payload.Files);
    }

    /// <summary>The key files with each encrypted element sealed again under <paramref name="target"/>.</summary>
    public static IEnumerable<(string Name, string Xml)> Reseal(Opened opened, KeyRingKey target) =>
        opened.Files.Select(f => (f.Key, Reseal(f.Value, opened.RingKey, target)));

    // Keys written before the key ring was encrypted carry no <qalamKeyRing> element and are kept as they are.
    private static string Reseal(string xml, KeyRingKey archived, KeyRingKey target)
    {
        var doc = XDocument.Parse(xml);
        foreach (var element in doc.Descendants("qalamKeyRing").ToList())
        {
            var plain = new KeyRingDecryptor(new SingleKey(archived)).Decrypt(element);
            element.ReplaceWith(new KeyRingEncryptor(target).Encrypt(plain).EncryptedElement);
        }
        return doc.Declaration + doc.ToString(SaveOptions.DisableFormatting);
    }

    private static byte[] Derive(string passphrase, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, Iterations, HashAlgorithmName.SHA256, 32);

    /// <summary>The decryptor asks a service provider for its key; here it is the archived one.</summary>
    private sealed class SingleKey(KeyRingKey key) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(KeyRingKey) ? key : null;
    }
}
