namespace Volunteer.Activity.Activities;

/// <summary>The parsed, checked parts of a plan request.</summary>
public sealed record ValidPlan(
    Guid UnionId,
    Guid? SiteId,
    Guid? NeedId,
    IReadOnlyList<Guid> TeamIds,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly DepartsOn,
    DateOnly ReturnsOn,
    (decimal Amount, FundingSource Source) Budget,
    string? OutsideWindowReason,
    List<DateOnly> MeetingDays);
