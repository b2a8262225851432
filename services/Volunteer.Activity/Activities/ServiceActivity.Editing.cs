using Volunteer.Activity.History;
using Volunteer.Activity.Participants;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// Editing. Only a draft or a blocked activity changes: a submitted one awaits safety's verdict on what
/// was sent, and from clearance on the activity is what volunteers agreed to and records rest on.
/// </summary>
public sealed partial class ServiceActivity
{
    private int _campaignYear;
    private string _name = "";
    private List<Guid> _teamIds = [];
    private DateOnly _startsOn;
    private DateOnly _endsOn;
    private DateOnly _departsOn;
    private DateOnly _returnsOn;
    private string _place = "";
    private string _regionCode = "";
    private string _leaderName = "";
    private string _content = "";
    private string _riskStatement = "";
    private decimal _budgetAmount;
    private FundingSource _fundingSource;
    private string? _outsideWindowReason;
    private string? _modeExceptionReason;
    private List<DateOnly> _meetingDays = [];
    private DateOnly _recordDueOn;

    /// <summary>When it was last edited; null if never. Every edit writes the row, so the etag moves.</summary>
    public DateTimeOffset? EditedAt { get; private set; }

    public bool Editable => Status is ActivityStatus.Draft or ActivityStatus.Blocked;

    public void DemandEditable()
    {
        if (!Editable)
        {
            throw new RuleBrokenException("ACTIVITY_NOT_EDITABLE", $"{ResourceType}/{Id}",
                $"活动当前状态为 {EventNames.Of(Status).Replace('-', '_').ToUpperInvariant()}，"
                + "只有草稿（DRAFT）或被阻止（BLOCKED）的活动可以修改。");
        }
    }

    /// <summary>
    /// Takes the revised plan's values (its mode exception reason as the rules keep it) and drops the
    /// participants not kept (null: all stay); returns what changed and who was dropped. Nothing changes
    /// when nothing differs.
    /// </summary>
    public (List<FieldChange> Changes, List<Participant> Dropped) Revise(
        ValidPlan plan, IReadOnlyCollection<Guid>? keptParticipants, DateOnly recordDueOn, DateTimeOffset now)
    {
        DemandEditable();
        if (keptParticipants?.FirstOrDefault(id => Participants.All(p => p.VolunteerId != id)) is { } stranger
            && stranger != Guid.Empty)
        {
            throw new InvalidRequestException([new FieldProblem("activity.participant_ids",
                $"志愿者 {stranger} 不是本活动的参与者：这里只能移除参与者，志愿者须自行报名")]);
        }

        var log = new ChangeLog();
        _name = log.Note("name", _name, plan.Name);
        _teamIds = log.Note("team_ids", _teamIds, [.. plan.TeamIds]);
        _startsOn = log.Note("starts_on", _startsOn, plan.Days.StartsOn);
        _endsOn = log.Note("ends_on", _endsOn, plan.Days.EndsOn);
        _departsOn = log.Note("departs_on", _departsOn, plan.Days.DepartsOn);
        _returnsOn = log.Note("returns_on", _returnsOn, plan.Days.ReturnsOn);
        _meetingDays = log.Note("meeting_days", _meetingDays.Order().ToList(), [.. plan.Days.MeetingDays.Order()]);
        _place = log.Note("place", _place, plan.Place);
        _regionCode = log.Note("region_code", _regionCode, plan.RegionCode);
        _leaderName = log.Note("leader_name", _leaderName, plan.LeaderName);
        _content = log.Note("content", _content, plan.Content);
        _riskStatement = log.Note("risk_statement", _riskStatement, plan.RiskStatement);
        (_budgetAmount, _fundingSource) = log.Note("budget", (_budgetAmount, _fundingSource), plan.Budget);
        _outsideWindowReason = log.Note("outside_window_reason", _outsideWindowReason, plan.OutsideWindowReason);
        _modeExceptionReason = log.Note("mode_exception_reason", _modeExceptionReason, plan.ModeExceptionReason);
        _campaignYear = _startsOn.Year;
        _recordDueOn = recordDueOn;
        var dropped = keptParticipants is null
            ? []
            : Participants.Where(p => !keptParticipants.Contains(p.VolunteerId)).ToList();
        log.Note("participant_ids", Participants.Select(p => p.VolunteerId).Order().ToList(),
            Participants.Except(dropped).Select(p => p.VolunteerId).Order().ToList());
        Participants.RemoveAll(dropped.Contains);
        if (log.Changes.Count > 0)
        {
            EditedAt = now;
        }

        return (log.Changes, dropped);
    }

    /// <summary>Adds proposals for volunteers not yet taking part (members of a team added by an edit).</summary>
    public void Propose(IEnumerable<Participant> proposed) =>
        Participants.AddRange(
            [.. proposed.Where(p => Participants.All(taking => taking.VolunteerId != p.VolunteerId))]);
}
