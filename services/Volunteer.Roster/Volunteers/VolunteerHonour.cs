namespace Volunteer.Roster.Volunteers;

/// <summary>An honour of a volunteer; its own table so searches by honour use an index.</summary>
public sealed class VolunteerHonour
{
    public long Id { get; init; }

    public Guid VolunteerId { get; init; }

    public HonourKind Kind { get; init; }

    public required string Level { get; init; }

    public int Year { get; init; }
}
