namespace Volunteer.Reporting.Records;

/// <summary>Reporting:Certificates — the key that signs verification codes (kept secret, same on every replica).</summary>
public sealed class CertificateOptions
{
    public const string SectionName = "Reporting:Certificates";

    /// <summary>Only for Development, where no key is configured: codes signed with it prove nothing.</summary>
    public const string DevelopmentKey = "development-only-certificate-signing-key";

    public string SigningKey { get; set; } = "";
}
