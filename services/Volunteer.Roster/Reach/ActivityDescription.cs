namespace Volunteer.Roster.Reach;

/// <summary>What a plan or a submission says about an activity that matters for reaching its people.</summary>
public sealed record ActivityDescription(
    Guid ActivityId, Guid UnionId, IReadOnlyList<Guid> TeamIds, DateOnly StartsOn, DateOnly EndsOn,
    DateTimeOffset At);
