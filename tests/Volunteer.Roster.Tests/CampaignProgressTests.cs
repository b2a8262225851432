using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class CampaignProgressTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Active_teams_and_distinct_approved_people_roll_up_the_tree_against_each_unions_targets()
    {
        var guangzhou = await _data.CityAsync("440100", "广州市教育工会");
        var shaoguan = await _data.CityAsync("440200", "韶关市教育工会");
        await _data.Client().UpdateUnionAsync(new UpdateUnionRequest
        {
            Union = new Union { Id = guangzhou.Id, Targets = new UnionTargets { Teams = 10, People = 100 } },
            UpdateMask = new() { Paths = { "targets" } },
        }, _data.Province);
        var tianhe = (await _data.Client().CreateUnionAsync(new CreateUnionRequest
        {
            ParentId = guangzhou.Id, Kind = UnionKind.CountyEducation, RegionCode = "440106", Name = "天河区教育工会",
        }, _data.Province)).Union;
        var shared = await _data.VolunteerAsync(tianhe);
        await TeamOfAsync(tianhe, await _data.VolunteerAsync(tianhe), shared, await _data.VolunteerAsync(tianhe));
        await TeamOfAsync(guangzhou, shared, await _data.VolunteerAsync(guangzhou), await _data.VolunteerAsync(guangzhou));
        await TeamOfAsync(shaoguan, await _data.VolunteerAsync(shaoguan));

        var progress = await _data.Client().GetCampaignProgressAsync(new GetCampaignProgressRequest(), _data.Province);

        Assert.Equal((100, 1000, 2, 5), Figures(progress.Union));
        Assert.Equal([(10, 100, 2, 5), (0, 0, 0, 0)], progress.Children.Select(Figures));
        var shaoguanAdmin = host.BearerToken(PlatformRoles.UnionAdmin, unionId: shaoguan.Id);
        var own = await _data.Client().GetCampaignProgressAsync(new GetCampaignProgressRequest(), shaoguanAdmin);
        Assert.Equal(shaoguan.Id, own.Union.UnionId);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Client().GetCampaignProgressAsync(
            new GetCampaignProgressRequest { UnionId = progress.Union.UnionId }, shaoguanAdmin).ResponseAsync);
    }

    private static (int, int, int, int) Figures(UnionProgress p) => (p.TeamTarget, p.PeopleTarget, p.ActiveTeams, p.VettedPeople);

    // The first volunteer captains; with the default minimum of three approved members a team of three is active
    // once its union cadre (not vetted, so not counted as a vetted person) has joined.
    private async Task TeamOfAsync(Union union, StaffVolunteer captain, params StaffVolunteer[] members)
    {
        var team = await _data.TeamAsync(union, $"{union.Name}分队");
        var cadre = await _data.VolunteerAsync(union, approved: false);
        foreach (var (volunteer, role) in members.Select(m => (m, TeamRole.Volunteer))
            .Prepend((captain, TeamRole.Captain)).Append((cadre, TeamRole.UnionCadre)))
        {
            await _data.Client().AddTeamMemberAsync(new AddTeamMemberRequest { TeamId = team.Id, VolunteerId = volunteer.Id, Role = role }, _data.Province);
        }
    }
}
