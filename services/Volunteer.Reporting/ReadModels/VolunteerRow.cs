namespace Volunteer.Reporting.ReadModels;

/// <summary>A staff volunteer as reporting needs them: no ID number, no phone (they never reach reporting).</summary>
public sealed class VolunteerRow
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public string Name { get; set; } = "";

    public string Gender { get; set; } = "";

    public string? Profession { get; set; }

    /// <summary>pending, approved or rejected.</summary>
    public string Vetting { get; set; } = "pending";

    public DateTimeOffset? VettedAt { get; set; }

    public DateTimeOffset? ProfileChangedAt { get; set; }
}
