using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Qalam.Hosting;

/// <summary>
/// Encrypts the data-protection key ring at rest with AES-GCM, under a key kept outside the data directory, so a copy
/// of the data folder alone opens neither sessions nor the confidential files. Keys written before this stay readable
/// (they carry no encryption element) and are encrypted as they are replaced.
/// </summary>
internal sealed class KeyRingEncryptor(KeyRingKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[12 + 16 + plain.Length];
        var nonce = sealedBytes.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, 16);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        var element = new XElement("qalamKeyRing",
            new XComment(" AES-GCM under Qalam:KeyRingKey or Qalam:KeyRingKeyFile "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Made by the key manager through its activator, hence the service-provider constructor.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyRingKey>();
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? "");
        var plain = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(key.Bytes, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plain);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}

/// <summary>
/// The key-ring key: Qalam:KeyRingKey (32 bytes, base64), else the file Qalam:KeyRingKeyFile, by default
/// "&lt;data&gt;.keyring-key" beside (not inside) the data directory, made on first start readable by the site only.
/// </summary>
internal sealed record KeyRingKey(byte[] Bytes)
{
    public static KeyRingKey Load(IConfiguration config, string dataPath)
    {
        if (config[$"{QalamOptions.Section}:KeyRingKey"] is { Length: > 0 } inline) return Checked(inline, "Qalam:KeyRingKey");
        var file = config[$"{QalamOptions.Section}:KeyRingKeyFile"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured) : Path.TrimEndingDirectorySeparator(dataPath) + ".keyring-key";
        if (!File.Exists(file))
        {
            try
            {
                // CreateNew is the one atomic claim the file system offers (rename would replace a key already read).
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var stream = new FileStream(file, create);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process starting on the same data made it first.
            }
        }
        // The one who claimed the file may not have written it yet (it writes the key in one call).
        var text = File.ReadAllText(file).Trim();
        for (var wait = 0; wait < 100 && text.Length == 0; wait++)
        {
            Thread.Sleep(20);
            text = File.ReadAllText(file).Trim();
        }
        return Checked(text, file);
    }

    private static KeyRingKey Checked(string base64, string source)
    {
        var bytes = Convert.TryFromBase64String(base64, new byte[64], out var n) ? Convert.FromBase64String(base64) : [];
        return n == 32 ? new KeyRingKey(bytes)
            : throw new InvalidOperationException($"{source} must hold a 32-byte key in base64 (e.g. `openssl rand -base64 32`).");
    }
}
