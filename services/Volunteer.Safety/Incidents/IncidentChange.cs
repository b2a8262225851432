namespace Volunteer.Safety.Incidents;

/// <summary>One entry of an incident's history.</summary>
public sealed class IncidentChange
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    public required string Summary { get; set; }

    public string Note { get; set; } = "";
}
