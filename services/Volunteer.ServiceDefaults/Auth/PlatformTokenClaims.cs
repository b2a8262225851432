using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// A signed token is still refused when its claims make no sense here: no subject, no grant, a grant
/// outside the closed set of roles, or a life longer than the platform allows. An accepted one is
/// rewritten in the platform's claim names, whatever the provider calls them, with one role claim per
/// granted role for endpoint policies.
/// </summary>
internal static class PlatformTokenClaims
{
    public const string AuthenticationType = "platform";
    public const string RoleClaim = "role";

    public static Task CanonicaliseAsync(TokenValidatedContext context, PlatformTokenOptions options)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst(options.Claims.Subject)?.Value;
        var grants = principal.FindAll(options.Claims.Grant)
            .Select(c => RoleGrant.TryParse(c.Value, out var grant) ? grant : null).ToList();
        var lifetime = context.SecurityToken.ValidTo - Start(principal);
        var problem =
            string.IsNullOrWhiteSpace(subject) ? "the token has no subject"
            : grants.Count == 0 ? "the token grants no role"
            : grants.Any(g => g is null) ? "a grant of the token is not a platform grant"
            : lifetime is not { } life || life > options.MaxLifetime ? "the token lives longer than allowed"
            : null;
        if (problem is not null)
        {
            context.Fail(problem);
            return Task.CompletedTask;
        }

        var claims = new List<Claim> { new(PlatformClaims.Subject, subject!) };
        claims.AddRange(grants.Select(g => new Claim(PlatformClaims.Grant, g!.ToClaimValue())));
        claims.AddRange(grants.Select(g => g!.Role).Distinct().Select(role => new Claim(RoleClaim, role)));
        claims.AddRange(principal.FindAll("exp"));
        context.Principal = new ClaimsPrincipal(
            new ClaimsIdentity(claims, AuthenticationType, PlatformClaims.Subject, RoleClaim));
        return Task.CompletedTask;
    }

    /// <summary>When the token began: "nbf", else "iat"; null when it says neither.</summary>
    private static DateTime? Start(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue("nbf") ?? principal.FindFirstValue("iat"), out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;
}
