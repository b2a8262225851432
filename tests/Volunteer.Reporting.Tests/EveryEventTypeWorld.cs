using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// One union's campaign that sends every event type the read models are built from: a site with a need, a
/// policy, a team that forms and disbands, and two activities, one carried through to its record, one cancelled.
/// </summary>
public sealed class EveryEventTypeWorld(Guid union)
{
    public static readonly DateOnly CoveredFrom = new(2026, 5, 1);
    public static readonly DateOnly CoveredTo = new(2026, 5, 31);
    public static readonly DateTimeOffset Corrected = CampaignEvents.At.AddDays(22);

    private static readonly DateTimeOffset At = CampaignEvents.At;
    private static readonly DateOnly Day = new(2026, 5, 10);

    private readonly Guid _site = Guid.NewGuid(), _need = Guid.NewGuid(), _policy = Guid.NewGuid();
    private readonly Guid _team = Guid.NewGuid(), _v0 = Guid.NewGuid(), _v1 = Guid.NewGuid();
    private readonly Guid _served = Guid.NewGuid(), _cancelled = Guid.NewGuid();
    private readonly Guid _attendance = Guid.NewGuid(), _incident = Guid.NewGuid();

    /// <summary>Groups of events of different aggregates; an aggregate's events are in successive groups.</summary>
    public IEnumerable<IReadOnlyList<IProjectedEvent>> Steps()
    {
        yield return
        [
            new UnionRegistered(union, null, "韶关市教育工会", "city-education", "440200", 5, 50, At),
            new SiteRegistered(_site, union, "太保镇中心小学", "school", "441825", "designated", At),
            new PolicyRegistered(_policy, union, "中国人寿", "P-2026-001", "团体意外险", CoveredFrom, CoveredTo, true, At),
        ];
        yield return
        [
            new VolunteerRegistered(_v0, union, "李文静", "female", "教师", ["数学"], [], false, At),
            new VolunteerRegistered(_v1, union, "王强", "male", null, [], [], false, At),
            new TeamFormed(_team, union, "送教分队", "education", At),
            new NeedRegistered(_need, _site, union, "初三物理实验课", "education", [], CoveredFrom, CoveredTo, At),
            Planned(_served, [_team]),
            Planned(_cancelled, []),
        ];
        yield return
        [
            new VolunteerVetted(_v0, union, "approved", At),
            new TeamMemberJoined(_team, union, _v0, "captain", Day.AddDays(-30), At),
            new SiteUpdated(_site, union, "太保镇中心学校", "school", "441825", "designated", ["name"], At),
            new NeedUpdated(_need, _site, union, "初三化学实验课", "education", ["化学教学"], CoveredFrom, CoveredTo,
                ["title", "skills"], At),
            new TrainingRecorded(Guid.NewGuid(), _v0, union, "safety", "安全培训", 2m, Day.AddDays(-9)),
            new AwardRecorded(Guid.NewGuid(), _v0, union, "优秀志愿者", Day.AddDays(-40), "广州市教育工会"),
            new ActivitySubmitted(_served, union, "送教", "teaching", Day, Day, Day, Day, false, [_v0, _v1], At),
            new ActivityCancelled(_cancelled, union, "暴雨", At),
        ];
        yield return
        [
            new VolunteerProfileChanged(_v1, union, ["profession"], "医生", [], true, CoveredTo, At),
            new TeamMemberJoined(_team, union, _v1, "volunteer", Day.AddDays(-30), At),
            new NeedMatched(_need, _site, _team, union, At),
            new ParticipantConfirmed(_served, _v0, _team, union, At),
            new PersonsInsured(_policy, union, _served, [new InsuredPerson(_v0, CoveredFrom, CoveredTo)], At),
        ];
        yield return
        [
            new TeamActivated(_team, union, _v0, 2, At),
            new ParticipantConfirmed(_served, _v1, _team, union, At),
            new PolicyExpiring(_policy, union, CoveredTo, [_served], At),
        ];
        yield return
        [
            new TeamRenamed(_team, union, "送教一队", "送教分队", At),
            new ParticipantWithdrew(_served, _v1, union, At),
        ];
        yield return
        [
            new TeamMemberLeft(_team, union, _v1, Day, At),
            new SafetyPlanApproved(Guid.NewGuid(), _served, union, "张队长", At),
        ];
        yield return [new ActivityClearanceChanged(_served, union, true, 1, [], At)];
        yield return [new ActivityStarted(_served, union, At)];
        yield return [new AttendanceRecorded(_attendance, _served, _v0, union, Day, At, At, 6m, "counted", 1, At)];
        yield return [new HoursApproved(_attendance, _served, _v0, Day, 6m, "organiser", At)];
        yield return [new IncidentReported(_incident, _served, union, "minor", At, [_v0], [], At)];
        yield return [new IncidentClosed(_incident, _served, union, "minor", "none", At)];
        yield return [CampaignEvents.Completed(_served, union, 40, 100m, new SpendingLine(300m, "交通", "union"))];
        yield return [new ActivityRecorded(_served, union, [new RecordedService(_v0, Day, 6m)], At.AddDays(20))];
        // As activity announces a correction: the day's new version, then the correction itself.
        yield return
            [new AttendanceRecorded(_attendance, _served, _v0, union, Day, At, At, 5m, "counted", 2, Corrected)];
        yield return
        [
            new AttendanceCorrected(_attendance, _served, _v0, union, Day, 2, 6m, 5m, "counted", "更正为5小时", "city-admin",
                null, AfterRecording: true, Corrected),
            new TeamDisbanded(_team, union, At.AddDays(30)),
        ];
    }

    private ActivityPlanned Planned(Guid activity, IReadOnlyList<Guid> teams) =>
        new(activity, union, 2026, "送教", "teaching", "education", "designated", _site, _need, teams, Day, Day,
            "太保镇中心小学", "441825", "张队长", "实验课", false, At);
}
