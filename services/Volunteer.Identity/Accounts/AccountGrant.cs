using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Accounts;

/// <summary>One role an account holds or held; a revoked grant is kept for the record.</summary>
public sealed class AccountGrant : ITimeOrdered
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public required string Role { get; set; }

    public Guid? UnionId { get; set; }

    public Guid? TeamId { get; set; }

    public required string GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public RoleGrant ToRoleGrant() => new(Role, UnionId, TeamId);
}
