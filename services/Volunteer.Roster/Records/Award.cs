namespace Volunteer.Roster.Records;

/// <summary>An award in a volunteer's record.</summary>
public sealed class Award
{
    public Guid Id { get; init; }

    public Guid VolunteerId { get; init; }

    public required string Name { get; init; }

    public DateOnly Date { get; init; }

    public required string GrantingBody { get; init; }

    public string? RequestId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
