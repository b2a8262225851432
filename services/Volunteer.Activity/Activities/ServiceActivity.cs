using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Activities;

/// <summary>A volunteer service activity (志愿服务活动) and where it stands in its lifecycle.</summary>
public sealed class ServiceActivity
{
    /// <summary>How errors name an activity (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Activity";

    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    public int CampaignYear { get; init; }

    public required string Name { get; init; }

    public ActivityForm Form { get; init; }

    public ServiceDomain Domain { get; init; }

    public AssistanceMode Mode { get; init; }

    public Guid? SiteId { get; init; }

    public Guid? NeedId { get; init; }

    public List<Guid> TeamIds { get; init; } = [];

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    public DateOnly DepartsOn { get; init; }

    public DateOnly ReturnsOn { get; init; }

    public required string Place { get; init; }

    public required string RegionCode { get; init; }

    public required string LeaderName { get; init; }

    public required string Content { get; init; }

    public required string RiskStatement { get; init; }

    public decimal BudgetAmount { get; init; }

    public FundingSource FundingSource { get; init; }

    public string? OutsideWindowReason { get; init; }

    /// <summary>Why mode, organiser and payer depart from the program's pairing; null when they do not.</summary>
    public string? ModeExceptionReason { get; init; }

    /// <summary>Meeting and exchange-conference days: attendance is kept, hours are not service (national rules §19).</summary>
    public List<DateOnly> MeetingDays { get; init; } = [];

    /// <summary>The 10th working day after EndsOn, stored so overdue activities are one indexed query.</summary>
    public DateOnly RecordDueOn { get; init; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Draft;

    public ClearanceVerdict? Clearance { get; set; }

    public ActivityOutcomes? Outcomes { get; set; }

    public string? CancelReason { get; set; }

    public string? RequestId { get; init; }

    public DateTimeOffset PlannedAt { get; init; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public List<Participants.Participant> Participants { get; init; } = [];

    /// <summary>
    /// PostgreSQL xmin: of two changes made at once from the same reading (two of safety's verdicts, a verdict
    /// and a start), the second to commit fails and is run again on what the first committed.
    /// </summary>
    public uint Version { get; set; }

    public bool Online => Form == ActivityForm.InternetPlus;
}
