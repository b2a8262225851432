using System.Security.Cryptography;

namespace Volunteer.AppHost.Infrastructure.Local;

/// <summary>
/// Credentials generated on first use and kept beside the data they protect (owner-only files),
/// so a second start finds the same passwords the servers were initialised with.
/// </summary>
internal sealed class LocalSecrets(string dataDirectory)
{
    private readonly string _directory = Path.Combine(dataDirectory, "secrets");

    /// <summary>A password: hex, so it is safe inside connection strings and AMQP URIs.</summary>
    public string GetOrCreatePassword(string name) => GetOrCreate(name, () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    /// <summary>A 256-bit key, base64 as the services read keys.</summary>
    public string GetOrCreateKey(string name) => GetOrCreate(name, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <summary>An RSA private key (PKCS#8 PEM) for signing tokens.</summary>
    public string GetOrCreateRsaKey(string name)
    {
        return GetOrCreate(name, () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        });
    }

    private string GetOrCreate(string name, Func<string> generate)
    {
        var path = Path.Combine(_directory, name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(_directory);
        var value = generate();
        File.WriteAllText(path, value);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return value;
    }

    public string? Find(string name)
    {
        var path = Path.Combine(_directory, name);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
