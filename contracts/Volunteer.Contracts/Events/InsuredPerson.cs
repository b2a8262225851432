namespace Volunteer.Contracts.Events;

/// <summary>One person on a policy, covered from one day to another (both included).</summary>
public sealed record InsuredPerson(Guid VolunteerId, DateOnly From, DateOnly To);
