using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// The token endpoint after OpenIddict has checked the client and the code or refresh token. A person's
/// grants are read again for every token, and a locked account gets none, so a revoke or a lock takes
/// effect at the next refresh at the latest.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, UserManager<Account> users,
        TokenPrincipals principals, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be read.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var earlier = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var accountId = earlier.Principal?.GetClaim(TokenPrincipals.AccountIdClaim);
            var account = accountId is null ? null : await users.FindByIdAsync(accountId);
            if (account is null || await users.IsLockedOutAsync(account))
            {
                return Refuse(Errors.InvalidGrant, "账号已被锁定或已不存在。");
            }

            return SignIn(await principals.ForAccountAsync(account, earlier.Principal!.GetScopes(), cancellationToken));
        }

        if (request.IsClientCredentialsGrantType())
        {
            var clientId = request.ClientId!;
            return SignIn(TokenPrincipals.ForService(clientId, ClientIds.ServiceGrants(clientId), request.GetScopes()));
        }

        if (request.GrantType == ClientDescriptors.DevelopmentGrantType
            && environment.IsDevelopment() && request.ClientId == ClientIds.Development)
        {
            return DevelopmentGrant.TryRead(request, out var subject, out var grant)
                ? SignIn(TokenPrincipals.ForService(subject, [grant], [PlatformClaims.ApiScope]))
                : Refuse(Errors.InvalidRequest, "role、union_id和team_id不构成有效的授权。");
        }

        return Refuse(Errors.UnsupportedGrantType, "不接受此授权类型。");
    }

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
