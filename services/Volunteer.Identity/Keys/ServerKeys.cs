using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Volunteer.Identity.Keys;

/// <summary>
/// The keys the server signs and encrypts with, read from configuration; in Development, when none are
/// configured, made for this run only.
/// </summary>
public sealed partial class ServerKeys
{
    private const int EncryptionKeyBytes = 32;

    public ServerKeys(IOptions<IdentityKeyOptions> options, ILogger<ServerKeys> logger)
    {
        var settings = options.Value;
        if (!settings.HasKeys)
        {
            LogEphemeralKeys(logger);
        }

        Signing = settings.SigningKey is { Length: > 0 } pem ? RsaKey(pem) : new RsaSecurityKey(RSA.Create(2048));
        Signing.KeyId = KeyIdOf(Signing);
        Previous = [.. settings.PreviousSigningKeys.Select(RsaKey).Select(PublicOnly)];
        Encryption = new SymmetricSecurityKey(settings.EncryptionKey is { Length: > 0 } base64
            ? Convert.FromBase64String(base64)
            : RandomNumberGenerator.GetBytes(EncryptionKeyBytes));
    }

    public RsaSecurityKey Signing { get; }

    /// <summary>Public halves of earlier signing keys, for the key set.</summary>
    public IReadOnlyList<RsaSecurityKey> Previous { get; }

    public SymmetricSecurityKey Encryption { get; }

    public static bool IsValidEncryptionKey(string? base64)
    {
        var bytes = new byte[EncryptionKeyBytes + 1];
        return Convert.TryFromBase64String(base64 ?? "", bytes, out var written) && written == EncryptionKeyBytes;
    }

    public static bool IsValidSigningKey(string? pem)
    {
        try
        {
            return pem is { Length: > 0 } && RsaKey(pem).KeySize >= 2048;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static RsaSecurityKey RsaKey(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }

    private static RsaSecurityKey PublicOnly(RsaSecurityKey key)
    {
        var publicKey = new RsaSecurityKey(key.Rsa.ExportParameters(includePrivateParameters: false));
        publicKey.KeyId = KeyIdOf(publicKey);
        return publicKey;
    }

    // The RFC 7638 thumbprint: the same key gets the same id on every replica and after every restart.
    private static string KeyIdOf(RsaSecurityKey key) => Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Identity:SigningKey or Identity:EncryptionKey is not set: "
            + "keys made for this run only sign and encrypt tokens")]
    private static partial void LogEphemeralKeys(ILogger logger);
}
