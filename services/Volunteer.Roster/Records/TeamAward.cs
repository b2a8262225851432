namespace Volunteer.Roster.Records;

/// <summary>An award a service team received, such as the province's 先进集体.</summary>
public sealed class TeamAward
{
    public Guid Id { get; init; }

    public Guid TeamId { get; init; }

    public required string Name { get; init; }

    public DateOnly Date { get; init; }

    public required string GrantingBody { get; init; }

    /// <summary>The commendation that granted it: one award per nomination, however often it is delivered.</summary>
    public Guid NominationId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
