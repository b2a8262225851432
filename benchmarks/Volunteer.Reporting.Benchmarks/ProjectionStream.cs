using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// A campaign's events as the services publish them while the demo is seeded, in causal order: unions,
/// volunteers, teams and members, sites and policies, then each activity's life with its participants.
/// About 19 events per activity.
/// </summary>
internal static class ProjectionStream
{
    private const int Participants = 5;
    private static readonly DateTimeOffset At = new(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 5, 10);

    /// <summary>The events in groups that may be published at once: one aggregate's events never share one.</summary>
    public static IEnumerable<IReadOnlyList<IProjectedEvent>> Of(int activities)
    {
        var province = Guid.NewGuid();
        var unions = Ids(10);
        var volunteers = Ids(activities);
        var teams = Ids(activities / 10);
        var sites = Ids(activities / 10);
        yield return [new UnionRegistered(province, null, "广东省教科文卫工会", "provincial", "440000", 100, 1000, At)];
        yield return [.. unions.Select(u =>
            new UnionRegistered(u, province, "市教育工会", "city-education", "440200", 10, 100, At))];
        yield return [.. volunteers.Select((v, i) =>
            new VolunteerRegistered(v, unions[i % 10], "志愿者", "female", "教师", [], [], false, At))];
        yield return [.. volunteers.Select((v, i) => new VolunteerVetted(v, unions[i % 10], "approved", At))];
        yield return [.. teams.Select((t, i) => new TeamFormed(t, unions[i % 10], "分队", "education", At))];
        yield return [.. volunteers.Select((v, i) =>
            new TeamMemberJoined(teams[i % teams.Count], unions[i % teams.Count % 10], v, "volunteer", Day, At))];
        yield return [.. teams.Select((t, i) => new TeamActivated(t, unions[i % 10], volunteers[i], 10, At))];
        yield return [.. sites.Select((s, i) =>
            new SiteRegistered(s, unions[i % 10], "第一小学", "school", "440200", "designated", At))];
        foreach (var step in ActivitySteps(unions, volunteers, teams, sites))
        {
            yield return [.. Enumerable.Range(0, activities).SelectMany(step)];
        }
    }

    private static IEnumerable<Func<int, IEnumerable<IProjectedEvent>>> ActivitySteps(
        List<Guid> unions, List<Guid> volunteers, List<Guid> teams, List<Guid> sites)
    {
        var activities = Ids(volunteers.Count);
        var attendance = Ids(volunteers.Count * Participants);
        Guid Union(int a) => unions[a % teams.Count % 10];
        IEnumerable<int> People(int a) =>
            Enumerable.Range(0, Participants).Select(p => (a + p * 10) % volunteers.Count);
        yield return a => [new ActivityPlanned(activities[a], Union(a), 2026, "送教", "teaching", "education",
            "designated", sites[a % sites.Count], null, [teams[a % teams.Count]], Day, Day, "第一小学", "440200",
            "张队长", "内容", false, At)];
        yield return a => [new ActivitySubmitted(activities[a], Union(a), "送教", "teaching", Day, Day, Day, Day, false,
            [.. People(a).Select(p => volunteers[p])], At)];
        yield return a => People(a).Select(p =>
            new ParticipantConfirmed(activities[a], volunteers[p], teams[a % teams.Count], Union(a), At));
        yield return a => [new ActivityClearanceChanged(activities[a], Union(a), true, 1, [], At)];
        yield return a => [new ActivityStarted(activities[a], Union(a), At)];
        yield return a => People(a).Select((p, i) => new AttendanceRecorded(attendance[a * Participants + i],
            activities[a], volunteers[p], Union(a), Day, At, At, 6m, "counted", 1, At));
        yield return a => [new ActivityCompleted(activities[a], Union(a), [new BeneficiaryCount("students", 40)], [], [],
            "顺利完成", "优秀", At)];
        yield return a => [new ActivityRecorded(activities[a], Union(a),
            [.. People(a).Select(p => new RecordedService(volunteers[p], Day, 6m))], At)];
    }

    private static List<Guid> Ids(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];
}
