namespace Volunteer.Contracts.Events;

/// <summary>Final hours of one participant on one day.</summary>
public sealed record RecordedService(Guid VolunteerId, DateOnly Day, decimal Hours);
