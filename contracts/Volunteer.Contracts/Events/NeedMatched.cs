namespace Volunteer.Contracts.Events;

/// <summary>A union confirmed a team for a need (服务对接).</summary>
public sealed record NeedMatched(Guid NeedId, Guid SiteId, Guid TeamId, Guid UnionId, DateTimeOffset MatchedAt)
    : IProjectedEvent;
