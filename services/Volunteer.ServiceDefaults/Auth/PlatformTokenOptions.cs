using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// Where access tokens come from and how they read, bound from "Authentication:Platform". The platform's
/// identity service by default; a province's own OpenID Connect provider by configuring these.
/// </summary>
public sealed class PlatformTokenOptions
{
    public const string SectionName = "Authentication:Platform";

    /// <summary>The issuer's base address; its keys come from its discovery document there.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The "iss" tokens must carry when it differs from the authority's address.</summary>
    public string? Issuer { get; set; }

    public string Audience { get; set; } = PlatformClaims.ApiAudience;

    /// <summary>False only for an issuer on loopback HTTP (local runs, tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The longest a token may live from issue to expiry; services refuse longer ones.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(12);

    public PlatformClaimNames Claims { get; set; } = new();
}
