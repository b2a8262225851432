using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class TeamApiTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_team_becomes_active_with_a_captain_and_enough_approved_members()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var team = await FormAsync(city, "广州送教分队");
        var captain = await _data.VolunteerAsync(city);
        var first = await _data.VolunteerAsync(city);
        var cadre = await _data.VolunteerAsync(city, approved: false);
        var second = await _data.VolunteerAsync(city);

        await AddAsync(team, captain, TeamRole.Captain);
        await AddAsync(team, first, TeamRole.Volunteer);
        var withCadre = await AddAsync(team, cadre, TeamRole.UnionCadre);
        var complete = await AddAsync(team, second, TeamRole.Volunteer);

        var onTeam = await _data.Client().ListStaffVolunteersAsync(new ListStaffVolunteersRequest { TeamId = team.Id }, _data.Province);
        var onMedicalTeams = await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { TeamSpecialty = TeamSpecialty.Medical, UnionSubtreeOf = city.Id, PageSize = 500 }, _data.Province);
        var onEducationTeams = await _data.Client().ListStaffVolunteersAsync(
            new ListStaffVolunteersRequest { TeamSpecialty = TeamSpecialty.Education, UnionSubtreeOf = city.Id }, _data.Province);

        Assert.Equal(new[] { captain.Id, first.Id, cadre.Id, second.Id }.Order(), onTeam.Volunteers.Select(v => v.Id).Order());
        Assert.Subset(onMedicalTeams.Volunteers.Select(v => v.Id).ToHashSet(), onTeam.Volunteers.Select(v => v.Id).ToHashSet());
        Assert.Empty(onEducationTeams.Volunteers);
        Assert.Equal(TeamStatus.Forming, withCadre.Status);
        Assert.Equal(TeamStatus.Active, complete.Status);
        Assert.NotNull(complete.ActivateTime);
        Assert.Equal(captain.Id, complete.CaptainVolunteerId);
        Assert.Equal(4, complete.Members.Count);
    }

    [Fact]
    public async Task A_team_without_a_union_cadre_stays_forming_until_one_joins()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var team = await FormAsync(city, "广州送文艺分队");
        await AddAsync(team, await _data.VolunteerAsync(city), TeamRole.Captain);
        await AddAsync(team, await _data.VolunteerAsync(city), TeamRole.Volunteer);
        await AddAsync(team, await _data.VolunteerAsync(city), TeamRole.Volunteer);
        var volunteersOnly = await AddAsync(team, await _data.VolunteerAsync(city), TeamRole.Volunteer);

        var withCadre = await AddAsync(team, await _data.VolunteerAsync(city, approved: false), TeamRole.UnionCadre);

        Assert.Equal(TeamStatus.Forming, volunteersOnly.Status);
        Assert.Equal(TeamStatus.Active, withCadre.Status);
    }

    [Fact]
    public async Task Joining_rules_are_refused_with_the_rule_that_was_broken()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var elsewhere = await _data.CityAsync("440200", "韶关市教育工会");
        var team = await FormAsync(city, "广州送医分队");
        var captain = await _data.VolunteerAsync(city);
        await AddAsync(team, captain, TeamRole.Captain);

        Assert.Equal("VOLUNTEER_NOT_APPROVED", await BrokenRuleAsync(team, await _data.VolunteerAsync(city, approved: false), TeamRole.Volunteer));
        Assert.Equal("TEAM_HAS_CAPTAIN", await BrokenRuleAsync(team, await _data.VolunteerAsync(city), TeamRole.Captain));
        Assert.Equal("OUTSIDE_TEAM_UNION", await BrokenRuleAsync(team, await _data.VolunteerAsync(elsewhere), TeamRole.Volunteer));
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => AddAsync(team, captain, TeamRole.Volunteer));
    }

    [Fact]
    public async Task Leaving_ends_a_membership_and_the_volunteer_may_join_again()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var team = await FormAsync(city, "广州文艺分队");
        var volunteer = await _data.VolunteerAsync(city);
        await AddAsync(team, volunteer, TeamRole.Volunteer, "2018-04-01");

        var tooEarly = await RpcAssert.InvalidFieldsAsync(() => _data.Client().RemoveTeamMemberAsync(
            new RemoveTeamMemberRequest { TeamId = team.Id, VolunteerId = volunteer.Id, LeftOn = "2018-03-01" }, _data.Province).ResponseAsync);
        var left = (await _data.Client().RemoveTeamMemberAsync(
            new RemoveTeamMemberRequest { TeamId = team.Id, VolunteerId = volunteer.Id, LeftOn = "2018-06-30" }, _data.Province)).Team;
        var back = await AddAsync(team, volunteer, TeamRole.Volunteer, "2018-09-01");

        Assert.Equal(["left_on"], tooEarly);
        Assert.Empty(left.Members);
        Assert.Equal("2018-09-01", Assert.Single(back.Members).JoinedOn);
    }

    [Fact]
    public async Task A_captain_reads_their_own_team_only_and_a_disbanded_team_takes_no_one()
    {
        var city = await _data.CityAsync("440300", "深圳市教育工会");
        var team = await FormAsync(city, "深圳科普分队");
        var other = await FormAsync(city, "深圳健康分队");
        var captain = await _data.VolunteerAsync(city);
        await AddAsync(team, captain, TeamRole.Captain);
        // A captain's token names the captain's volunteer id as its subject.
        var captainToken = host.BearerToken(PlatformRoles.TeamCaptain, subject: captain.Id);

        var read = (await _data.Client().GetTeamAsync(new GetTeamRequest { Id = team.Id }, captainToken)).Team;
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            _data.Client().GetTeamAsync(new GetTeamRequest { Id = other.Id }, captainToken).ResponseAsync);
        var disbanded = (await _data.Client().DisbandTeamAsync(new DisbandTeamRequest { Id = other.Id }, _data.Province)).Team;
        var listed = await _data.Client().ListTeamsAsync(new ListTeamsRequest { UnionSubtreeOf = city.Id, Status = TeamStatus.Disbanded }, _data.Province);

        Assert.Equal(team.Id, read.Id);
        Assert.Equal(TeamStatus.Disbanded, disbanded.Status);
        Assert.Equal([other.Id], listed.Teams.Select(t => t.Id));
        Assert.Equal("TEAM_DISBANDED", await BrokenRuleAsync(other, await _data.VolunteerAsync(city), TeamRole.Volunteer));
    }

    private Task<Team> FormAsync(Union union, string name) => _data.TeamAsync(union, name);

    private async Task<Team> AddAsync(Team team, StaffVolunteer volunteer, TeamRole role, string joinedOn = "") =>
        (await _data.Client().AddTeamMemberAsync(
            new AddTeamMemberRequest { TeamId = team.Id, VolunteerId = volunteer.Id, Role = role, JoinedOn = joinedOn }, _data.Province)).Team;

    private async Task<string> BrokenRuleAsync(Team team, StaffVolunteer volunteer, TeamRole role)
    {
        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => AddAsync(team, volunteer, role));
        return Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Type;
    }
}
