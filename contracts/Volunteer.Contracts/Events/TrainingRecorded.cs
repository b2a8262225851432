namespace Volunteer.Contracts.Events;

/// <summary>A training was added to a volunteer's record; safety uses safety trainings for clearance.</summary>
/// <param name="Kind">business, conduct or safety.</param>
public sealed record TrainingRecorded(
    Guid TrainingId, Guid VolunteerId, Guid UnionId, string Kind, string Name, decimal Hours, DateOnly Date)
    : IProjectedEvent;
