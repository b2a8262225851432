using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>Admins in scope rename a team through an update mask; nobody else, and no other field.</summary>
public sealed class TeamRenameTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task An_admin_renames_a_team_of_their_union_and_its_members_stay()
    {
        var world = await TwoUnions.CreateAsync(host);

        var renamed = await _data.Client().UpdateTeamAsync(
            Rename(world.TeamA, " 广州市送医服务分队 "), world.AdminOf(world.A));

        Assert.Equal("广州市送医服务分队", renamed.Team.Name);
        Assert.Equal(world.TeamA.Specialty, renamed.Team.Specialty);
        Assert.Equal(2, renamed.Team.Members.Count);
    }

    [Fact]
    public async Task Another_unions_admin_a_captain_and_bad_masks_are_refused()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var wrongPath = Rename(world.TeamA, "新名");
        wrongPath.UpdateMask.Paths.Add("specialty");

        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            client.UpdateTeamAsync(Rename(world.TeamA, "新名"), world.AdminOf(world.B)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            client.UpdateTeamAsync(Rename(world.TeamA, "新名"), world.TokenFor(PlatformRoles.TeamCaptain))
                .ResponseAsync);
        Assert.Equal(["update_mask"], await RpcAssert.InvalidFieldsAsync(() =>
            client.UpdateTeamAsync(wrongPath, _data.Province).ResponseAsync));
        Assert.Equal(["team.name"], await RpcAssert.InvalidFieldsAsync(() =>
            client.UpdateTeamAsync(Rename(world.TeamA, " "), _data.Province).ResponseAsync));

        var team = await client.GetTeamAsync(new GetTeamRequest { Id = world.TeamA.Id }, _data.Province);
        Assert.Equal(world.TeamA.Name, team.Team.Name);
    }

    private static UpdateTeamRequest Rename(Team team, string name) => new()
    {
        Team = new Team { Id = team.Id, Name = name }, UpdateMask = new() { Paths = { "name" } },
    };
}
