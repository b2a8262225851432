namespace Volunteer.Contracts.Auth;

/// <summary>
/// How platform tokens are signed and checked. Services bind it from the
/// "Authentication:Platform" section; the AppHost hands every service the same values.
/// </summary>
public sealed class PlatformTokenSettings
{
    public const string SectionName = "Authentication:Platform";

    /// <summary>The HMAC-SHA256 key shared by issuer and services; at least 32 characters.</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "volunteer-platform";

    public string Audience { get; set; } = "volunteer-api";

    /// <summary>The longest a token may live from issue to expiry; services refuse longer ones.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(12);

    public const int MinimumKeyLength = 32;
}
