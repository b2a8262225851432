namespace Volunteer.Identity.Keys;

/// <summary>
/// The issuer and its keys ("Identity" section). Outside Development the keys must be given: tokens
/// signed with a key made at start would stop validating at every restart and differ between replicas.
/// </summary>
public sealed class IdentityKeyOptions
{
    public const string SectionName = "Identity";

    /// <summary>The issuer URL tokens name ("iss") and discovery is published under.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The RSA private key (PEM) that signs tokens.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Keys (PEM) that signed tokens still in use: published in the key set, never used to sign.</summary>
    public List<string> PreviousSigningKeys { get; set; } = [];

    /// <summary>Base64 of 32 bytes: encrypts authorization codes and refresh tokens.</summary>
    public string? EncryptionKey { get; set; }

    public bool HasKeys => !string.IsNullOrWhiteSpace(SigningKey) && !string.IsNullOrWhiteSpace(EncryptionKey);
}
