namespace Volunteer.Reporting.ReadModels;

/// <summary>
/// An activity with its plan, lifecycle, clearance and outcomes. A row made by an event that came
/// before ActivityPlanned is a stub (empty name) until the plan arrives.
/// </summary>
public sealed class ActivityRow
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public int CampaignYear { get; set; }

    public string Name { get; set; } = "";

    public string Form { get; set; } = "";

    public string Domain { get; set; } = "";

    public string Mode { get; set; } = "";

    public Guid? SiteId { get; set; }

    public List<Guid> TeamIds { get; set; } = [];

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string Place { get; set; } = "";

    public string LeaderName { get; set; } = "";

    public string Content { get; set; } = "";

    public string Status { get; set; } = ActivityStatuses.Planned;

    /// <summary>Safety's latest verdict; null until safety has judged the activity.</summary>
    public bool? Cleared { get; set; }

    public long ClearanceRevision { get; set; }

    /// <summary>Reason codes of the latest verdict (NO_RESPONSIBLE_PERSON, PLAN_NOT_APPROVED, UNINSURED, NO_SAFETY_TRAINING).</summary>
    public List<string> ClearanceReasons { get; set; } = [];

    public bool SafetyPlanApproved { get; set; }

    public int Beneficiaries { get; set; }

    public string Summary { get; set; } = "";

    public string Evaluation { get; set; } = "";

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}
