using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Volunteer.Identity.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// The authorization endpoint after OpenIddict has checked the request (client, redirect URI, PKCE):
/// a person not signed in is sent to the sign-in page and back; one signed in gets a code.
/// </summary>
public static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, UserManager<Account> users,
        TokenPrincipals principals, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be read.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (account is null || await users.IsLockedOutAsync(account))
        {
            // A client asking silently (prompt=none) is told, not sent to a page it cannot show.
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "尚未登录。",
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            // Back to this very request once signed in; POSTed parameters travel in the query.
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(
                request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await principals.ForAccountAsync(account, request.GetScopes(), cancellationToken);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
