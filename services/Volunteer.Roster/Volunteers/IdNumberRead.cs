namespace Volunteer.Roster.Volunteers;

/// <summary>Audit of every time a full ID number left the service: who read whose, and when.</summary>
public sealed class IdNumberRead
{
    public long Id { get; init; }

    public Guid VolunteerId { get; init; }

    public required string ReaderSubject { get; init; }

    public required string ReaderRole { get; init; }

    public DateTimeOffset ReadAt { get; init; }
}
