using System.Collections.Immutable;
using System.Security.Claims;
using OpenIddict.Abstractions;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// Builds what a token says about its holder: the subject, one "grant" claim per grant, the name for the
/// profile scope, and the volunteer-api audience when that scope is granted.
/// </summary>
public sealed class TokenPrincipals(ActiveGrants grants)
{
    /// <summary>Kept only inside codes and refresh tokens (no destination), to find the account again.</summary>
    public const string AccountIdClaim = "account_id";

    public async Task<ClaimsPrincipal> ForAccountAsync(
        Account account, ImmutableArray<string> scopes, CancellationToken cancellationToken)
    {
        var identity = Identity(account.Subject, await grants.ForAsync(account.Id, cancellationToken));
        identity.SetClaim(AccountIdClaim, account.Id.ToString());
        identity.SetClaim(Claims.Name, account.DisplayName);
        identity.SetClaim(Claims.PreferredUsername, account.UserName);
        return Principal(identity, scopes);
    }

    public static ClaimsPrincipal ForService(string subject, IEnumerable<RoleGrant> serviceGrants,
        ImmutableArray<string> scopes) => Principal(Identity(subject, serviceGrants), scopes);

    private static ClaimsIdentity Identity(string subject, IEnumerable<RoleGrant> roleGrants)
    {
        var identity = new ClaimsIdentity(authenticationType: "volunteer", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaims(PlatformClaims.Grant, [.. roleGrants.Select(g => g.ToClaimValue())]);
        return identity;
    }

    private static ClaimsPrincipal Principal(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        if (scopes.Contains(PlatformClaims.ApiScope))
        {
            principal.SetResources(PlatformClaims.ApiAudience);
        }

        principal.SetDestinations(claim => DestinationsOf(claim, scopes));
        return principal;
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        PlatformClaims.Grant => [Destinations.AccessToken],
        Claims.Name or Claims.PreferredUsername when scopes.Contains(Scopes.Profile) =>
            [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [],
    };
}
