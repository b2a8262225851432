using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Teams;

/// <summary>A service team (服务分队) of a union.</summary>
public sealed class Team : IUnionScoped
{
    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    /// <summary>The union's tree path, for scope checks and subtree searches without a join.</summary>
    public required string UnionPath { get; init; }

    public required string Name { get; set; }

    public TeamSpecialty Specialty { get; init; }

    public TeamStatus Status { get; set; } = TeamStatus.Forming;

    public string? RequestId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? DisbandedAt { get; set; }

    /// <summary>Every membership, past and current: leaving ends one, it is never deleted.</summary>
    public List<TeamMembership> Memberships { get; init; } = [];

    public IEnumerable<TeamMembership> CurrentMembers => Memberships.Where(m => m.LeftOn is null);
}
