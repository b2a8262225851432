using Microsoft.AspNetCore.Authentication.JwtBearer;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// A signed token is still refused when its claims make no sense here: no subject, a role outside the
/// closed set (or more than one), a union that is not an id.
/// </summary>
internal static class PlatformTokenClaims
{
    public static Task DemandValidAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var roles = principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToList();
        var unions = principal.FindAll(PlatformClaims.UnionId).Select(c => c.Value).ToList();
        var problem =
            string.IsNullOrWhiteSpace(principal.FindFirst(PlatformClaims.Subject)?.Value) ? "the token has no subject"
            : roles is not [var role] || !PlatformRoles.All.Contains(role) ? "the token's role is not a platform role"
            : unions.Count > 1 || unions.Any(u => !Guid.TryParse(u, out _)) ? "the token's union is not a union id"
            : null;
        if (problem is not null)
        {
            context.Fail(problem);
        }

        return Task.CompletedTask;
    }
}
