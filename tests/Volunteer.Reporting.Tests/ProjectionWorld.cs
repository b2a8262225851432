using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// One union's volunteers, teams and activities with the events that build them, interleaved across
/// the aggregates as several services would publish them. Every id has a name, so the read models of
/// two worlds fed differently can be compared.
/// </summary>
public sealed class ProjectionWorld
{
    private static readonly DateTimeOffset At = CampaignEvents.At;
    private static readonly DateOnly Planned = new(2026, 5, 10);
    private static readonly DateOnly Submitted = new(2026, 5, 12);

    private readonly Dictionary<(Guid Activity, Guid Volunteer), Guid> _attendance = [];

    public ProjectionWorld(int activities)
    {
        Names[Union] = "union";
        Volunteers = [.. Enumerable.Range(0, 4).Select(i => Named($"volunteer{i}"))];
        Teams = [.. Enumerable.Range(0, 2).Select(i => Named($"team{i}"))];
        Activities = [.. Enumerable.Range(0, activities).Select(i => Named($"activity{i}"))];
    }

    public Guid Union { get; } = Guid.NewGuid();

    public IReadOnlyList<Guid> Volunteers { get; }

    public IReadOnlyList<Guid> Teams { get; }

    public IReadOnlyList<Guid> Activities { get; }

    /// <summary>Every id of the world with the name it has in any world.</summary>
    public Dictionary<Guid, string> Names { get; } = [];

    public IEnumerable<IProjectedEvent> Events() => Steps().SelectMany(step => step);

    /// <summary>
    /// The events in groups: a group's events belong to different aggregates, so they may be published
    /// at once; an aggregate's events are in successive groups.
    /// </summary>
    public IEnumerable<IReadOnlyList<IProjectedEvent>> Steps()
    {
        yield return [new UnionRegistered(Union, null, "韶关市教育工会", "city-education", "440200", 5, 50, At)];
        yield return [.. Teams.Select(team => new TeamFormed(team, Union, "送教分队", "education", At))];
        yield return [.. Volunteers.Select((v, i) =>
            new VolunteerRegistered(v, Union, $"志愿者{i}", "female", "教师", [], [], false, At))];
        yield return [.. Volunteers.Select((v, i) =>
            new TeamMemberJoined(Teams[i % 2], Union, v, "volunteer", Planned, At))];
        foreach (var step in ActivitySteps())
        {
            yield return [.. Activities.Select(step)];
        }

        yield return [new TeamMemberLeft(Teams[1], Union, Volunteers[1], Submitted, At.AddDays(1))];
    }

    /// <summary>Each activity's life, one step of every activity after the other.</summary>
    private IEnumerable<Func<Guid, IProjectedEvent>> ActivitySteps()
    {
        var (v0, v1) = (Volunteers[0], Volunteers[1]);
        yield return a => new ActivityPlanned(a, Union, 2026, "送教", "teaching", "education", "designated", null, null,
            [Teams[0]], Planned, Planned, "连州市第一小学", "441882", "张队长", "内容", false, At);
        // Its dates replace the plan's: only right when it is applied after the plan.
        yield return a => new ActivitySubmitted(a, Union, "送教", "teaching", Submitted, Submitted, Submitted, Submitted,
            false, [v0, v1], At.AddHours(1));
        yield return a => new ParticipantConfirmed(a, v0, Teams[0], Union, At.AddHours(2));
        yield return a => Attended(a, v0, 4m, revision: 1);
        yield return a => Attended(a, v1, 3m, revision: 1);
        yield return a => Attended(a, v0, 5m, revision: 2);
        yield return a => CampaignEvents.Completed(a, Union, 40, 100m);
        yield return a => new ActivityRecorded(a, Union, [new(v0, Submitted, 5m), new(v1, Submitted, 3m)],
            At.AddDays(20));
        // A correction that drops one line and changes the other.
        yield return a => new ActivityRecorded(a, Union, [new(v0, Submitted, 4.5m)], At.AddDays(21));
    }

    private AttendanceRecorded Attended(Guid activity, Guid volunteer, decimal hours, int revision) =>
        new(Attendance(activity, volunteer), activity, volunteer, Union, Submitted, At, At, hours, "counted", revision, At);

    private Guid Attendance(Guid activity, Guid volunteer)
    {
        if (!_attendance.TryGetValue((activity, volunteer), out var id))
        {
            id = _attendance[(activity, volunteer)] = Named($"{Names[activity]}/{Names[volunteer]}");
        }

        return id;
    }

    private Guid Named(string name)
    {
        var id = Guid.NewGuid();
        Names[id] = name;
        return id;
    }
}
