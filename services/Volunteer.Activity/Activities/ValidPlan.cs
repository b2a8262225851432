using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Activities;

/// <summary>A plan request parsed and checked at the edge: texts trimmed, ids and days parsed.</summary>
/// <param name="RequestId">The client's retry key; null when none was given.</param>
/// <param name="OutsideWindowReason">Kept only when the activity lies outside its campaign's window.</param>
/// <param name="ModeExceptionReason">Kept only when mode, organiser and payer depart from the program's pairing.</param>
public sealed record ValidPlan(
    string? RequestId,
    Guid UnionId,
    string Name,
    ActivityForm Form,
    ServiceDomain Domain,
    AssistanceMode Mode,
    Guid? SiteId,
    Guid? NeedId,
    IReadOnlyList<Guid> TeamIds,
    PlanDays Days,
    string Place,
    string RegionCode,
    string LeaderName,
    string Content,
    string RiskStatement,
    (decimal Amount, FundingSource Source) Budget,
    string? OutsideWindowReason,
    string? ModeExceptionReason);
