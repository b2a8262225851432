namespace Volunteer.Reporting.ReadModels;

/// <summary>A service team; a row made by a member event that came before TeamFormed is a stub with no name yet.</summary>
public sealed class TeamRow
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public string Name { get; set; } = "";

    public string Specialty { get; set; } = "";

    /// <summary>forming, active or disbanded.</summary>
    public string Status { get; set; } = TeamStatuses.Forming;

    public DateTimeOffset? ActivatedAt { get; set; }
}
