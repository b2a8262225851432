namespace Volunteer.Contracts.Events;

/// <summary>An activity's safety plan (危机预案) was approved by someone other than its author.</summary>
public sealed record SafetyPlanApproved(
    Guid PlanId, Guid ActivityId, Guid UnionId, string ResponsiblePersonName, DateTimeOffset ApprovedAt)
    : IProjectedEvent;
