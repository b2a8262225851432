using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Proto = Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;

namespace Volunteer.Activity.Tests.Access;

/// <summary>
/// Union A (the campaign world's Guangzhou, made through the API) and its sibling B (Shaoguan, whose team,
/// volunteer, site, need, activity and day are written straight into activity's tables, as its replicas
/// and earlier calls would have left them): one thing of each kind on either side.
/// </summary>
public sealed record TwoUnions(CampaignWorld World, Things A, Things B)
{
    public static async Task<TwoUnions> CreateAsync(ActivityServiceHost host)
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var admin = world.CityAdmin(host);
        var site = (await client.RegisterSiteAsync(new Proto.RegisterSiteRequest
        {
            UnionId = world.City.Id, Name = "连山县太保镇中心小学", Kind = Proto.SiteKind.School, RegionCode = "441825",
            Mode = Proto.AssistanceMode.Designated,
        }, admin)).Site;
        var need = (await client.RegisterNeedAsync(new Proto.RegisterNeedRequest
        {
            SiteId = site.Id, Title = "初中物理实验课", Domain = Proto.ServiceDomain.Education,
            WishedFrom = "2027-05-01", WishedTo = "2027-06-30", RiskStatement = "山区道路",
        }, admin)).Need;
        var plan = Plans.Teaching(world);
        plan.SiteId = site.Id;
        var activity = (await client.PlanActivityAsync(plan, admin)).Activity;
        var a = new Things(world.TeamId, world.VolunteerId, site.Id, need.Id, activity.Id, Guid.CreateVersion7().ToString());
        var b = new Things(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString(),
            Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.CreateVersion7().ToString());
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        db.Attendance.Add(Day(a, activity.Id));
        Seed(db, Guid.Parse(world.OtherCity.Id), b);
        await db.SaveChangesAsync();
        return new TwoUnions(world, a, b);
    }

    /// <summary>A token for the role acting for union A: captains and volunteers as A's captain and volunteer.</summary>
    public Metadata TokenFor(ActivityServiceHost host, string role) => role switch
    {
        PlatformRoles.TeamCaptain => World.Captain(host),
        PlatformRoles.Volunteer => World.Volunteer(host, World.VolunteerId),
        _ => host.BearerToken(role, World.City.Id, "staff-of-a"),
    };

    private static void Seed(ActivityDbContext db, Guid union, Things b)
    {
        var team = Guid.Parse(b.TeamId);
        var volunteer = Guid.Parse(b.VolunteerId);
        db.Teams.Add(new KnownTeam
        {
            Id = team, UnionId = union, Name = "韶关送教分队", Specialty = "education", Status = TeamStatuses.Active,
            Members = { new KnownTeamMember { TeamId = team, VolunteerId = volunteer, Role = TeamStatuses.CaptainRole } },
        });
        db.Volunteers.Add(new KnownVolunteer { Id = volunteer, UnionId = union, Skills = ["物理教学"] });
        db.Sites.Add(new Site { Id = Guid.Parse(b.SiteId), UnionId = union, Name = "乳源县中心小学", RegionCode = "440232" });
        db.Needs.Add(new Need
        {
            Id = Guid.Parse(b.NeedId), SiteId = Guid.Parse(b.SiteId), UnionId = union, Title = "英语课", RiskStatement = "无",
            WishedFrom = new DateOnly(2027, 5, 1), WishedTo = new DateOnly(2027, 5, 31),
        });
        db.Activities.Add(new ServiceActivity
        {
            Id = Guid.Parse(b.ActivityId), UnionId = union, CampaignYear = 2027, Name = "送教乳源", SiteId = Guid.Parse(b.SiteId),
            TeamIds = [team], StartsOn = new DateOnly(2027, 5, 10), EndsOn = new DateOnly(2027, 5, 12),
            DepartsOn = new DateOnly(2027, 5, 10), ReturnsOn = new DateOnly(2027, 5, 12), RecordDueOn = new DateOnly(2027, 5, 26),
            Place = "乳源", RegionCode = "440232", LeaderName = "李明", Content = "英语课", RiskStatement = "无",
            Participants = { new Participant { ActivityId = Guid.Parse(b.ActivityId), VolunteerId = volunteer, TeamId = team } },
        });
        db.Attendance.Add(Day(b, b.ActivityId));
    }

    private static AttendanceDay Day(Things side, string activityId) => new()
    {
        Id = Guid.Parse(side.AttendanceId),
        ActivityId = Guid.Parse(activityId),
        VolunteerId = Guid.Parse(side.VolunteerId),
        Day = new DateOnly(2027, 5, 10),
        CheckedInAt = new DateTimeOffset(2027, 5, 10, 0, 0, 0, TimeSpan.Zero), // 08:00 in China
    };
}
