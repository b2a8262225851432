using System.Security.Claims;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Common.V1;

namespace Volunteer.ServiceDefaults.Auth;

public static class ClaimsPrincipalExtensions
{
    public static CallerIdentity ToCallerIdentity(this ClaimsPrincipal principal) => new()
    {
        Subject = principal.FindFirstValue(PlatformClaims.Subject) ?? "",
        Role = principal.FindFirstValue(PlatformClaims.Role) ?? "",
        UnionId = principal.FindFirstValue(PlatformClaims.UnionId) ?? "",
    };
}
