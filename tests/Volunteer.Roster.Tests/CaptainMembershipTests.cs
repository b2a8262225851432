using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>A captain adds and removes members of their own team, and of no other team or union.</summary>
public sealed class CaptainMembershipTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_captain_adds_and_removes_members_of_their_own_team_and_the_record_stays()
    {
        var world = await TwoUnions.CreateAsync(host);
        var captain = world.TokenFor(PlatformRoles.TeamCaptain);
        var client = _data.Client();

        var added = await client.AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Volunteer,
        }, captain);
        var removed = await client.RemoveTeamMemberAsync(
            new RemoveTeamMemberRequest { TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id }, captain);
        var person = await client.GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = world.OtherOfA.Id }, _data.Province);

        Assert.Contains(added.Team.Members, m => m.VolunteerId == world.OtherOfA.Id);
        Assert.DoesNotContain(removed.Team.Members, m => m.VolunteerId == world.OtherOfA.Id);
        Assert.Equal(world.OtherOfA.Id, person.Volunteer.Id);
    }

    [Fact]
    public async Task Another_teams_captain_and_another_unions_people_are_answered_as_unknown()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var otherTeam = await _data.TeamAsync(world.A, "广州送教二分队");
        var otherCaptain = await _data.VolunteerAsync(world.A);
        await client.AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = otherTeam.Id, VolunteerId = otherCaptain.Id, Role = TeamRole.Captain,
        }, _data.Province);
        var ofOtherTeam = host.BearerToken(PlatformRoles.TeamCaptain, world.A.Id, subject: otherCaptain.Id);
        var captain = world.TokenFor(PlatformRoles.TeamCaptain);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(world.TeamA, world.OtherOfA, ofOtherTeam));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RemoveTeamMemberAsync(
            new RemoveTeamMemberRequest { TeamId = world.TeamA.Id, VolunteerId = world.Member.Id }, ofOtherTeam)
            .ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(world.TeamB, world.OfB, captain));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(world.TeamA, world.OfB, captain));
        var team = await client.GetTeamAsync(new GetTeamRequest { Id = world.TeamA.Id }, _data.Province);
        Assert.Equal(2, team.Team.Members.Count);
    }

    [Fact]
    public async Task Only_admins_name_or_remove_a_captain()
    {
        var world = await TwoUnions.CreateAsync(host);
        var captain = world.TokenFor(PlatformRoles.TeamCaptain);
        var client = _data.Client();

        var naming = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.AddTeamMemberAsync(
            new AddTeamMemberRequest
            {
                TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Captain,
            }, captain).ResponseAsync);
        var leaving = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.RemoveTeamMemberAsync(
            new RemoveTeamMemberRequest { TeamId = world.TeamA.Id, VolunteerId = world.Captain.Id },
            captain).ResponseAsync);

        Assert.Equal("CAPTAIN_NAMED_BY_ADMIN", naming.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("CAPTAIN_NAMED_BY_ADMIN", leaving.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    private Task<AddTeamMemberResponse> Add(Team team, StaffVolunteer volunteer, Metadata caller) =>
        _data.Client().AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = team.Id, VolunteerId = volunteer.Id, Role = TeamRole.Volunteer,
        }, caller).ResponseAsync;
}
