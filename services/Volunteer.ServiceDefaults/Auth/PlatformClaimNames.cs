using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>The claims a provider writes the subject and the grants into; the platform's own by default.</summary>
public sealed class PlatformClaimNames
{
    public string Subject { get; set; } = PlatformClaims.Subject;

    public string Grant { get; set; } = PlatformClaims.Grant;
}
