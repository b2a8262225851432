namespace Volunteer.Contracts.Events;

/// <summary>
/// Safety's verdict on an activity changed. Revision grows with every verdict for the activity, so a
/// consumer keeps the highest and ignores older ones arriving late.
/// </summary>
public sealed record ActivityClearanceChanged(
    Guid ActivityId, Guid UnionId, bool Cleared, long Revision, IReadOnlyList<ClearanceReason> Reasons, DateTimeOffset EvaluatedAt)
    : IProjectedEvent;
