using System.Security.Claims;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Common.V1;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>Who is calling, as the token says: the subject, one role, and the union acted for (if any).</summary>
public sealed record PlatformCaller(string Subject, string Role, string? UnionId)
{
    public bool IsProvincialAdmin => Role == PlatformRoles.ProvincialAdmin;

    /// <summary>When the caller's token stops being valid; long streams end then.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public static PlatformCaller From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(PlatformClaims.Subject) ?? "",
        principal.FindFirstValue(PlatformClaims.Role) ?? "",
        principal.FindFirstValue(PlatformClaims.UnionId) is { Length: > 0 } union ? union : null)
    {
        ExpiresAt = long.TryParse(principal.FindFirstValue("exp"), out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : null,
    };

    public CallerIdentity ToProto() => new() { Subject = Subject, Role = Role, UnionId = UnionId ?? "" };
}
