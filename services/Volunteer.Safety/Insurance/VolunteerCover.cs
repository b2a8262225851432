namespace Volunteer.Safety.Insurance;

/// <summary>One volunteer's days split into covered runs and gaps.</summary>
public sealed record VolunteerCover(Guid VolunteerId, IReadOnlyList<CoverRun> Runs);
