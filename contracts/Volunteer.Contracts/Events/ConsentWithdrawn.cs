namespace Volunteer.Contracts.Events;

/// <summary>
/// A volunteer withdrew their consents (PIPL Art. 15): they take part in no activity that has not started.
/// Published once, at the first withdrawal.
/// </summary>
public sealed record ConsentWithdrawn(Guid VolunteerId, Guid UnionId, DateTimeOffset WithdrawnAt);
