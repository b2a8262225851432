using Volunteer.Contracts.Auth;

namespace Volunteer.Identity.Clients;

/// <summary>The clients this issuer knows, and the grants each service client acts with.</summary>
public static class ClientIds
{
    /// <summary>The union office web console: public, code flow with PKCE.</summary>
    public const string Console = "volunteer-console";

    /// <summary>The dashboard's commands: client credentials, province-wide.</summary>
    public const string Operator = "volunteer-operator";

    /// <summary>This service itself, registering people who signed up with roster.</summary>
    public const string Registrar = "volunteer-identity";

    /// <summary>Developers' and tests' tokens for any single grant; Development only.</summary>
    public const string Development = "volunteer-development";

    public static IReadOnlyList<RoleGrant> ServiceGrants(string clientId) => clientId switch
    {
        Operator => [new RoleGrant(PlatformRoles.ProvincialAdmin)],
        Registrar => [new RoleGrant(PlatformRoles.Registrar)],
        _ => [],
    };
}
