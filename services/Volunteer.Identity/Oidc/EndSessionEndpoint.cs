using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// Signs the person out of this service; OpenIddict then returns them to the client's post-logout
/// redirect URI when it named a registered one, else to the signed-out page.
/// </summary>
public static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signed-out" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
