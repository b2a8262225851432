namespace Volunteer.Contracts.Events;

/// <summary>A team has its captain and enough approved members: it now counts towards 百队千人.</summary>
public sealed record TeamActivated(Guid TeamId, Guid UnionId, Guid CaptainVolunteerId, int MemberCount, DateTimeOffset ActivatedAt)
    : IProjectedEvent;
