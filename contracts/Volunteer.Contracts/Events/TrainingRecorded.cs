namespace Volunteer.Contracts.Events;

/// <summary>A training was added to a volunteer's record; safety uses safety trainings for clearance.</summary>
/// <param name="Kind">business, conduct or safety.</param>
/// <param name="Content">Main content, for the record (§8); empty in events written before it was carried.</param>
/// <param name="Organiser">Organising body, for the record (§8); empty in events written before it was carried.</param>
public sealed record TrainingRecorded(
    Guid TrainingId, Guid VolunteerId, Guid UnionId, string Kind, string Name, decimal Hours, DateOnly Date,
    string Content = "", string Organiser = "")
    : IProjectedEvent;
