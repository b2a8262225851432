namespace Volunteer.Safety.Plans;

/// <summary>An activity's crisis plan (危机预案) and where it is in its review.</summary>
public sealed class SafetyPlan
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid UnionId { get; set; }

    public SafetyPlanStatus Status { get; set; }

    public string ResponsibleName { get; set; } = "";

    public Guid? ResponsibleVolunteerId { get; set; }

    public string ResponsibleRole { get; set; } = "";

    public List<string> Risks { get; set; } = [];

    public List<string> Measures { get; set; } = [];

    public List<EmergencyContact> EmergencyContacts { get; set; } = [];

    public string FacilityName { get; set; } = "";

    public string FacilityAddress { get; set; } = "";

    /// <summary>The facility's public number (an institution's, not a person's: kept plain), canonical form.</summary>
    public string FacilityPhone { get; set; } = "";

    public double FacilityDistanceKm { get; set; }

    /// <summary>Token subject of whoever last saved it; they may not approve it.</summary>
    public required string Author { get; set; }

    public string? Approver { get; set; }

    public string? ReturnReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public bool ResponsibleNamed => ResponsibleName.Length > 0;
}
