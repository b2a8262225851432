using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Volunteer.UnionTree;

namespace Volunteer.Activity.Tests.OpenActivities;

/// <summary>
/// Writes unions, teams, volunteers and activities straight into activity's tables, as roster's events and
/// earlier planning would have left them, so a test can place activities in any status and union.
/// </summary>
internal sealed class UnionLine(ActivityServiceHost host)
{
    public async Task<Guid> UnionAsync(Guid parent, string name, string regionCode)
    {
        var union = new UnionNode
        {
            Id = Guid.CreateVersion7(), ParentId = parent, Name = name, Kind = "county-education",
            RegionCode = regionCode,
        };
        await SaveAsync(db => db.Set<UnionNode>().Add(union));
        return union.Id;
    }

    public async Task<Guid> TeamAsync(Guid union)
    {
        var team = new KnownTeam
        {
            Id = Guid.CreateVersion7(), UnionId = union, Name = "送教分队", Specialty = "education",
            Status = TeamStatuses.Active,
        };
        await SaveAsync(db => db.Teams.Add(team));
        return team.Id;
    }

    /// <summary>A volunteer of the union on no team, as roster's registration event leaves them here.</summary>
    public async Task<string> VolunteerAsync(Guid union)
    {
        var volunteer = new KnownVolunteer { Id = Guid.CreateVersion7(), UnionId = union, Skills = ["物理教学"] };
        await SaveAsync(db => db.Volunteers.Add(volunteer));
        return volunteer.Id.ToString();
    }

    public async Task<string> ActivityAsync(
        Guid union, Guid team, DateOnly startsOn, ActivityStatus status = ActivityStatus.Draft,
        ServiceDomain domain = ServiceDomain.Education)
    {
        var activity = new ServiceActivity
        {
            Id = Guid.CreateVersion7(), UnionId = union, CampaignYear = startsOn.Year, Name = "送教下乡",
            Form = ActivityForm.Teaching, Domain = domain,
            TeamIds = [team], StartsOn = startsOn, EndsOn = startsOn.AddDays(1), DepartsOn = startsOn,
            ReturnsOn = startsOn.AddDays(1), RecordDueOn = startsOn.AddDays(15), Place = "连山县太保镇中心小学",
            RegionCode = "441825", LeaderName = "王建国", Content = "初三物理实验课", RiskStatement = "山区道路",
            Status = status,
        };
        await SaveAsync(db => db.Activities.Add(activity));
        return activity.Id.ToString();
    }

    private async Task SaveAsync(Action<ActivityDbContext> add)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        add(db);
        await db.SaveChangesAsync();
    }
}
