namespace Volunteer.Contracts.Events;

/// <summary>
/// A volunteer said they would like to take part in an open activity; the captains of its teams and the
/// organising union's admins may now put them on a team. Not participation: nobody is insured or counted.
/// </summary>
public sealed record InterestExpressed(
    Guid ActivityId, Guid VolunteerId, Guid UnionId, IReadOnlyList<Guid> TeamIds, DateTimeOffset ExpressedAt);
