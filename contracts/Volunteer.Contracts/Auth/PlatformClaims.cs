namespace Volunteer.Contracts.Auth;

/// <summary>
/// Claim names every platform access token carries; clients read them, services authorize on them.
/// A province's own provider may use other names (the services' "Authentication:Platform:Claims" section).
/// </summary>
public static class PlatformClaims
{
    public const string Subject = "sub";

    /// <summary>One claim per grant the person holds, each written as <see cref="RoleGrant.ToClaimValue"/>.</summary>
    public const string Grant = "grant";

    /// <summary>The OAuth scope a client asks for to call the platform's services.</summary>
    public const string ApiScope = "volunteer-api";

    /// <summary>The audience of the platform's access tokens.</summary>
    public const string ApiAudience = "volunteer-api";
}
