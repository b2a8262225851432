using Volunteer.Contracts.Auth;

namespace Volunteer.Identity.Accounts;

/// <summary>Who must prove a second factor: whoever can change other people's access.</summary>
public static class SecondFactorPolicy
{
    public static bool IsRequired(IEnumerable<RoleGrant> grants) =>
        grants.Any(g => g.Role is PlatformRoles.ProvincialAdmin or PlatformRoles.UnionAdmin);
}
