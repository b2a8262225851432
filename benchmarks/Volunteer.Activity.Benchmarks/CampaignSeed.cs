using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Benchmarks;

/// <summary>
/// A campaign of 10,000 activities written straight into the service's database (as the replicas and
/// earlier RPCs would have left it): 21 city unions, 10 teams of 10 volunteers each, activities spread
/// over April–October and over the lifecycle, the first <see cref="InProgress"/> of them started.
/// </summary>
internal sealed record CampaignSeed(Guid Province, IReadOnlyList<Guid> Cities, IReadOnlyList<ServiceActivity> Started, IReadOnlyList<Guid> Teams)
{
    public const int Activities = 10_000;
    public const int InProgress = 200;

    /// <summary>Days whose check-ins only warm the service up (see CheckInThroughput).</summary>
    public const int WarmUpDays = 6;

    /// <summary>Days whose check-ins are measured, each one run.</summary>
    public const int MeasuredDays = 3;

    /// <summary>Days an activity lasts: check-ins warm up on the first days and are measured on the others.</summary>
    public const int ActivityDays = WarmUpDays + MeasuredDays;
    private const int TeamsPerCity = 10;
    private const int MembersPerTeam = 10;
    private static readonly ActivityStatus[] Later = [ActivityStatus.Draft, ActivityStatus.Submitted, ActivityStatus.Cleared, ActivityStatus.Completed, ActivityStatus.Recorded];

    public static async Task<CampaignSeed> WriteAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var province = Guid.CreateVersion7();
        db.Set<UnionNode>().Add(new UnionNode { Id = province, Name = "广东省教科文卫工会", Kind = "provincial", RegionCode = "440000" });
        var cities = Enumerable.Range(1, 21).Select(i => new UnionNode
        {
            Id = Guid.CreateVersion7(), ParentId = province, Name = $"市教育工会{i}", Kind = "city-education", RegionCode = $"44{i:D2}00",
        }).ToList();
        db.Set<UnionNode>().AddRange(cities);
        var teams = cities.SelectMany(city => Enumerable.Range(0, TeamsPerCity).Select(i => new KnownTeam
        {
            Id = Guid.CreateVersion7(), UnionId = city.Id, Name = $"分队{i}", Specialty = "education", Status = TeamStatuses.Active,
            Members = [.. Enumerable.Range(0, MembersPerTeam).Select(m => new KnownTeamMember
            {
                VolunteerId = Guid.CreateVersion7(), Role = m == 0 ? TeamStatuses.CaptainRole : "volunteer", JoinedOn = new DateOnly(2018, 3, 1),
            })],
        })).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();

        var activities = new List<ServiceActivity>();
        for (var i = 0; i < Activities; i++)
        {
            var team = teams[i % teams.Count];
            var start = new DateOnly(2018, 4, 1).AddDays(i % 200);
            var activity = Activity(team, start, i < InProgress ? ActivityStatus.InProgress : Later[i % Later.Length], i);
            activity.Participants.AddRange(team.Members.Select(m => new Participant
            {
                ActivityId = activity.Id, VolunteerId = m.VolunteerId, TeamId = team.Id, Status = ParticipantStatus.Confirmed,
            }));
            activities.Add(activity);
            db.Activities.Add(activity);
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        return new CampaignSeed(province, [.. cities.Select(c => c.Id)], activities.Take(InProgress).ToList(), [.. teams.Select(t => t.Id)]);
    }

    private static ServiceActivity Activity(KnownTeam team, DateOnly start, ActivityStatus status, int i) => new()
    {
        Id = Guid.CreateVersion7(),
        UnionId = team.UnionId,
        CampaignYear = 2018,
        Name = $"送教下乡{i}",
        Form = (ActivityForm)(i % 10 + 1),
        Domain = ServiceDomain.Education,
        Mode = i % 3 == 0 ? AssistanceMode.Paired : AssistanceMode.Designated,
        TeamIds = [team.Id],
        StartsOn = start,
        EndsOn = start.AddDays(ActivityDays - 1),
        DepartsOn = start,
        ReturnsOn = start.AddDays(ActivityDays - 1),
        Place = "中心小学",
        RegionCode = "441825",
        LeaderName = "王建国",
        Content = "物理实验课",
        RiskStatement = "山区道路",
        FundingSource = FundingSource.Union,
        RecordDueOn = start.AddDays(16),
        Status = status,
        PlannedAt = DateTimeOffset.UtcNow,
        StatusChangedAt = DateTimeOffset.UtcNow,
    };
}
