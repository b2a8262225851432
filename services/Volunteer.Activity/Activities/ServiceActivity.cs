using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Activities;

/// <summary>A volunteer service activity (志愿服务活动) and where it stands in its lifecycle.</summary>
public sealed partial class ServiceActivity
{
    /// <summary>How errors name an activity (its proto type).</summary>
    public const string ResourceType = "volunteer.activity.v1.Activity";

    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    public int CampaignYear { get => _campaignYear; init => _campaignYear = value; }

    public required string Name { get => _name; init => _name = value; }

    public ActivityForm Form { get; init; }

    public ServiceDomain Domain { get; init; }

    public AssistanceMode Mode { get; init; }

    public Guid? SiteId { get; init; }

    public Guid? NeedId { get; init; }

    public List<Guid> TeamIds { get => _teamIds; init => _teamIds = value; }

    public DateOnly StartsOn { get => _startsOn; init => _startsOn = value; }

    public DateOnly EndsOn { get => _endsOn; init => _endsOn = value; }

    public DateOnly DepartsOn { get => _departsOn; init => _departsOn = value; }

    public DateOnly ReturnsOn { get => _returnsOn; init => _returnsOn = value; }

    public required string Place { get => _place; init => _place = value; }

    public required string RegionCode { get => _regionCode; init => _regionCode = value; }

    public required string LeaderName { get => _leaderName; init => _leaderName = value; }

    public required string Content { get => _content; init => _content = value; }

    public required string RiskStatement { get => _riskStatement; init => _riskStatement = value; }

    public decimal BudgetAmount { get => _budgetAmount; init => _budgetAmount = value; }

    public FundingSource FundingSource { get => _fundingSource; init => _fundingSource = value; }

    public string? OutsideWindowReason { get => _outsideWindowReason; init => _outsideWindowReason = value; }

    /// <summary>Why mode, organiser and payer depart from the program's pairing; null when they do not.</summary>
    public string? ModeExceptionReason
    {
        get => _modeExceptionReason;
        init => _modeExceptionReason = value;
    }

    /// <summary>Meeting and exchange-conference days: attendance is kept, hours are not service (national rules §19).</summary>
    public List<DateOnly> MeetingDays { get => _meetingDays; init => _meetingDays = value; }

    /// <summary>The 10th working day after EndsOn, stored so overdue activities are one indexed query.</summary>
    public DateOnly RecordDueOn { get => _recordDueOn; init => _recordDueOn = value; }

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
