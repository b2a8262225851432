using System.Security.Claims;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>Who the token says is calling: the subject and every grant they hold, until when.</summary>
public sealed record CallerCredentials(string Subject, IReadOnlyList<RoleGrant> Grants, DateTimeOffset? ExpiresAt)
{
    /// <summary>Reads a principal the platform's token validation has already put in canonical form.</summary>
    public static CallerCredentials From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(PlatformClaims.Subject) ?? "",
        [.. principal.FindAll(PlatformClaims.Grant)
            .Select(c => RoleGrant.TryParse(c.Value, out var grant) ? grant : null)
            .OfType<RoleGrant>()],
        long.TryParse(principal.FindFirstValue("exp"), out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : null);

    /// <summary>The grants whose role is among <paramref name="roles"/>, strongest first.</summary>
    public IReadOnlyList<RoleGrant> GrantsFor(IReadOnlyCollection<string> roles) =>
        [.. Grants.Where(g => roles.Contains(g.Role)).OrderBy(g => PlatformRoles.Rank(g.Role))];

    public PlatformCaller ActingAs(RoleGrant grant) =>
        new(Subject, grant.Role, grant.UnionId?.ToString()) { ExpiresAt = ExpiresAt };
}
