using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Oidc;

/// <summary>Who the access token is about: the subject, and the name with the profile scope.</summary>
public static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        var principal =
            (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (principal is null)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?> { [Claims.Subject] = principal.GetClaim(Claims.Subject) };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = principal.GetClaim(Claims.Name);
            claims[Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername);
        }

        return Results.Ok(claims);
    }
}
