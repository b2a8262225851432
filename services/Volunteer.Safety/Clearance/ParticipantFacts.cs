namespace Volunteer.Safety.Clearance;

/// <summary>What clearance needs to know about one confirmed participant.</summary>
public sealed record ParticipantFacts(Guid VolunteerId, IReadOnlyList<CoverPeriod> Cover, IReadOnlyList<TrainingTaken> Trainings);
