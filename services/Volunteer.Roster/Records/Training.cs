namespace Volunteer.Roster.Records;

/// <summary>A training in a volunteer's record.</summary>
public sealed class Training
{
    public Guid Id { get; init; }

    public Guid VolunteerId { get; init; }

    public TrainingKind Kind { get; init; }

    public required string Name { get; init; }

    public string? Content { get; init; }

    public decimal Hours { get; init; }

    public required string Organiser { get; init; }

    public DateOnly Date { get; init; }

    public string? RequestId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
