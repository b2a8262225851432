namespace Volunteer.Roster.Records;

/// <summary>A checked training to add to a volunteer's record.</summary>
public sealed record NewTraining(
    string? RequestId,
    Guid VolunteerId,
    TrainingKind Kind,
    string Name,
    string? Content,
    decimal Hours,
    string Organiser,
    DateOnly Date);
