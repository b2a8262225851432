using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Common.V1;

namespace Volunteer.ServiceDefaults.Auth;

/// <summary>
/// Who is calling and as what: the subject and the one grant the edge chose for this request (the
/// strongest the RPC allows that reaches what the request names), with the union it acts for.
/// </summary>
public sealed record PlatformCaller(string Subject, string Role, string? UnionId)
{
    /// <summary>Whether the caller acts province-wide: a provincial admin or a registering service.</summary>
    public bool ActsProvinceWide => PlatformRoles.IsProvinceWide(Role);

    /// <summary>When the caller's token stops being valid; long streams end then.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public CallerIdentity ToProto() => new() { Subject = Subject, Role = Role, UnionId = UnionId ?? "" };
}
