namespace Volunteer.Contracts.Events;

/// <summary>
/// An activity's hours became final (志愿服务记录): one line per participant and day, travel excluded.
/// Reporting builds service records and certificates from these.
/// </summary>
public sealed record ActivityRecorded(
    Guid ActivityId, Guid UnionId, IReadOnlyList<RecordedService> Services, DateTimeOffset RecordedAt)
    : IProjectedEvent;
