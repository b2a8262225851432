using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Tests.Totals;

/// <summary>
/// Two cities' activities in two years whose events come out of order, twice, corrected and approved late:
/// 34 counted hours of four people in the first half of 2026 (team 2: 14 h in two activities, team 1: 5 h).
/// </summary>
internal sealed class TotalsWorld(CampaignEvents events)
{
    private static readonly DateOnly May10 = new(2026, 5, 10), May11 = new(2026, 5, 11), June2025 = new(2025, 6, 1);
    private static readonly DateTimeOffset At = CampaignEvents.At;

    private readonly Guid _v1 = Guid.NewGuid(), _v2 = Guid.NewGuid(), _v3 = Guid.NewGuid(), _v4 = Guid.NewGuid();
    private readonly Guid _t1 = Guid.NewGuid(), _t2 = Guid.NewGuid();
    private readonly Guid _a1 = Guid.NewGuid(), _a2 = Guid.NewGuid(), _a3 = Guid.NewGuid(), _a4 = Guid.NewGuid();
    private readonly Guid _att1 = Guid.NewGuid(), _att2 = Guid.NewGuid(), _att3 = Guid.NewGuid();
    private readonly Guid _att4 = Guid.NewGuid(), _att5 = Guid.NewGuid(), _att6 = Guid.NewGuid();

    public int DistinctMessages { get; private set; }

    /// <summary>Each event with its MessageId; a redelivery repeats the id of the message it repeats.</summary>
    public IEnumerable<(object Event, Guid Id)> Events()
    {
        var (c1, c2) = (events.City1, events.City2);
        var twice = new AttendanceRecorded(_att4, _a2, _v3, c2, May11, At, At, 4m, "counted", 2, At);
        object[] once =
        [
            events.Union(events.Province, null, "广东省教科文卫工会", "provincial", 100, 1000),
            events.Union(c1, events.Province, "广州市教育工会", "city-education", 30, 300),
            events.Union(c2, events.Province, "韶关市教育工会", "city-education", 20, 200),
            new TeamFormed(_t1, c1, "广州送教分队", "education", At),
            new TeamFormed(_t2, c2, "韶关医疗分队", "medical", At),
            // Activity 1: attendance before its participants; a later revision before an earlier one.
            new AttendanceRecorded(_att1, _a1, _v1, c1, May10, At, At, 6m, "counted", 2, At),
            new AttendanceRecorded(_att1, _a1, _v1, c1, May10, At, At, 9m, "awaiting-organiser", 1, At),
            // An approval before the attendance it approves: the row has no union until the attendance comes.
            new HoursApproved(_att2, _a1, _v2, May10, 10m, "organiser", At),
            new AttendanceRecorded(_att2, _a1, _v2, c1, May10, At, At, 10m, "awaiting-organiser", 1, At),
            new ParticipantConfirmed(_a1, _v1, _t1, c1, At),
            new ParticipantConfirmed(_a1, _v2, _t1, c1, At),
            new ActivityRecorded(_a1, c1, [new(_v1, May10, 6m), new(_v2, May10, 10m)], At.AddDays(20)),
            new ActivityRecorded(_a1, c1, [new(_v1, May10, 6m)], At.AddDays(21)),
            // A correction after recording, then its revision's attendance.
            new AttendanceCorrected(_att1, _a1, _v1, c1, May10, 3, 6m, 5m, "counted", "更正为5小时", "city-admin",
                null, AfterRecording: true, At.AddDays(22)),
            new AttendanceRecorded(_att1, _a1, _v1, c1, May10, At, At, 5m, "counted", 3, At.AddDays(22)),
            // The second participant moves to the other city's team.
            new ParticipantConfirmed(_a1, _v2, _t2, c1, At.AddHours(1)),
            // Activity 2: a day over 12 hours counts only once the province approves it, late.
            twice,
            new ParticipantConfirmed(_a2, _v3, _t2, c2, At),
            new AttendanceRecorded(_att5, _a2, _v4, c2, May11, At, At, 13m, "awaiting-province", 2, At),
            new HoursApproved(_att5, _a2, _v4, May11, 13m, "province", At.AddDays(3)),
            // Activity 3, a year earlier; activity 4, cancelled after its day was counted.
            new AttendanceRecorded(_att3, _a3, _v1, c1, June2025, At, At, 3m, "counted", 2, At.AddYears(-1)),
            new ActivityRecorded(_a3, c1, [new(_v1, June2025, 3m)], At.AddYears(-1).AddDays(20)),
            new AttendanceRecorded(_att6, _a4, _v4, c1, May10, At, At, 2m, "counted", 2, At),
            new ActivityCancelled(_a4, c1, "暴雨", At.AddDays(1)),
        ];
        var ids = once.ToDictionary(e => e, _ => Guid.NewGuid());
        DistinctMessages = ids.Count;
        foreach (var message in once)
        {
            yield return (message, ids[message]);
        }

        yield return (twice, ids[twice]);
    }
}
