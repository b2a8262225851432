using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>What each caller learns about things outside their reach: nothing more than about unknown ones.</summary>
public sealed class RosterReachTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Eligibility_answers_only_about_volunteers_in_reach_and_the_rest_as_unknown()
    {
        var world = await TwoUnions.CreateAsync(host);
        var unknown = Guid.NewGuid().ToString();
        string[] everyone =
            [world.Captain.Id, world.Member.Id, world.OtherOfA.Id, world.OfB.Id, world.PendingOfB.Id, unknown];

        var asAdmin = await AskAsync(everyone, world.AdminOf(world.A), world.TeamA.Id);
        var asCaptain = await AskAsync(everyone, world.TokenFor(PlatformRoles.TeamCaptain), world.TeamA.Id);
        var asMember = await AskAsync(everyone, world.TokenFor(PlatformRoles.Volunteer), world.TeamA.Id);
        var notMemberOfB = await AskAsync([world.Member.Id], world.TokenFor(PlatformRoles.Volunteer), world.TeamB.Id);

        Assert.Equal([world.Captain.Id, world.Member.Id, world.OtherOfA.Id], Known(asAdmin));
        Assert.Equal([world.Captain.Id, world.Member.Id], Known(asCaptain));
        Assert.Equal([world.Member.Id], Known(asMember));
        Assert.True(asMember[world.Member.Id].Eligible);
        Assert.Equal(["NOT_TEAM_MEMBER"], notMemberOfB[world.Member.Id].Reasons);
        foreach (var answers in new[] { asAdmin, asCaptain, asMember })
        {
            foreach (var hidden in answers.Values.Where(a => !a.Exists))
            {
                Assert.Equal(Unknown(answers[unknown], hidden.VolunteerId), hidden);
            }
        }
    }

    [Fact]
    public async Task A_union_contact_phone_is_shown_only_to_the_admins_who_cover_it()
    {
        var world = await TwoUnions.CreateAsync(host);
        await _data.Client().UpdateUnionAsync(new UpdateUnionRequest
        {
            Union = new Union { Id = world.A.Id, Contact = new UnionContact { Name = "李明", Phone = "13900001111" } },
            UpdateMask = new() { Paths = { "contact" } },
        }, _data.Province);

        async Task<string> PhoneSeenBy(Metadata token) =>
            (await _data.Client().GetUnionAsync(new GetUnionRequest { Id = world.A.Id }, token)).Union.Contact.Phone;
        var listedToVolunteer = await _data.Client().ListUnionsAsync(
            new ListUnionsRequest { SubtreeOf = world.A.Id }, world.TokenFor(PlatformRoles.Volunteer));

        Assert.Equal("13900001111", await PhoneSeenBy(world.AdminOf(world.A)));
        Assert.Equal("13900001111", await PhoneSeenBy(_data.Province));
        Assert.Equal("", await PhoneSeenBy(world.AdminOf(world.B)));
        Assert.Equal("", await PhoneSeenBy(world.TokenFor(PlatformRoles.Volunteer)));
        Assert.Equal("", await PhoneSeenBy(world.TokenFor(PlatformRoles.ReportViewer)));
        Assert.Equal("李明", Assert.Single(listedToVolunteer.Unions).Contact.Name);
        Assert.Equal("", listedToVolunteer.Unions[0].Contact.Phone);
    }

    [Fact]
    public async Task Another_unions_volunteer_cannot_be_told_apart_by_their_vetting_when_added_to_a_team()
    {
        var world = await TwoUnions.CreateAsync(host);

        Task Add(string volunteerId) => _data.Client().AddTeamMemberAsync(new AddTeamMemberRequest
        {
            TeamId = world.TeamA.Id, VolunteerId = volunteerId, Role = TeamRole.Volunteer,
        }, world.AdminOf(world.A)).ResponseAsync;

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(world.OfB.Id));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(world.PendingOfB.Id));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Add(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task A_volunteer_may_not_set_their_own_licence_but_an_admin_may()
    {
        var world = await TwoUnions.CreateAsync(host);
        var licence = new UpdateStaffVolunteerProfileRequest
        {
            Id = world.Member.Id,
            Profile = new() { Licence = new() { Kind = "医师执业证书", Number = "110440100000009" } },
            UpdateMask = new() { Paths = { "licence" } },
        };

        var refused = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client.UpdateStaffVolunteerProfileAsync(licence, world.TokenFor(PlatformRoles.Volunteer)).ResponseAsync);
        var unchanged = await Client.GetStaffVolunteerAsync(new() { Id = world.Member.Id }, _data.Province);
        var confirmed = (await Client.UpdateStaffVolunteerProfileAsync(licence, world.AdminOf(world.A))).Volunteer;

        Assert.Equal("LICENCE_NEEDS_ADMIN", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Null(unchanged.Volunteer.Licence);
        Assert.Equal("医师执业证书", confirmed.Licence.Kind);
    }

    private RosterService.RosterServiceClient Client => _data.Client();

    private async Task<Dictionary<string, VolunteerEligibility>> AskAsync(
        string[] ids, Metadata token, string teamId) =>
        (await Client.CheckEligibilityAsync(new() { VolunteerIds = { ids }, TeamId = teamId }, token))
        .Volunteers.ToDictionary(v => v.VolunteerId);

    private static string[] Known(Dictionary<string, VolunteerEligibility> answers) =>
        [.. answers.Values.Where(a => a.Exists).Select(a => a.VolunteerId)];

    private static VolunteerEligibility Unknown(VolunteerEligibility unknown, string id) =>
        new(unknown) { VolunteerId = id };
}
