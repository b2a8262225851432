using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>A token carries every grant its holder has; each request is allowed when any one of them allows it.</summary>
public sealed class GrantTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_cadre_who_is_also_a_volunteer_vets_as_the_unions_admin_and_reads_their_own_record()
    {
        var guangzhou = await _data.CityAsync("440100", "广州市教育工会");
        var cadre = await _data.VolunteerAsync(guangzhou);
        var newcomer = await _data.VolunteerAsync(guangzhou, approved: false);
        var asVolunteer = new RoleGrant(PlatformRoles.Volunteer, Guid.Parse(guangzhou.Id));
        var asAdmin = new RoleGrant(PlatformRoles.UnionAdmin, Guid.Parse(guangzhou.Id));
        var both = Bearer(cadre.Id, asVolunteer, asAdmin);

        var vetted = await _data.Client().VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = newcomer.Id, Decision = VettingState.Approved }, both);
        var own = await _data.Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = cadre.Id }, both);
        var refused = await Assert.ThrowsAsync<RpcException>(() => _data.Client().VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = newcomer.Id, Decision = VettingState.Rejected },
            Bearer(cadre.Id, asVolunteer)).ResponseAsync);

        Assert.Equal(VettingState.Approved, vetted.Volunteer.Vetting.State);
        Assert.Equal(cadre.Id, own.Volunteer.Id);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task Grants_for_two_unions_reach_both_and_nothing_between_them()
    {
        var guangzhou = await _data.CityAsync("440100", "广州市教育工会");
        var shenzhen = await _data.CityAsync("440300", "深圳市教育工会");
        var foshan = await _data.CityAsync("440600", "佛山市教育工会");
        var inGuangzhou = await _data.VolunteerAsync(guangzhou, approved: false);
        var inShenzhen = await _data.VolunteerAsync(shenzhen, approved: false);
        var inFoshan = await _data.VolunteerAsync(foshan, approved: false);
        var twoUnions = Bearer("cadre", new RoleGrant(PlatformRoles.UnionAdmin, Guid.Parse(guangzhou.Id)),
            new RoleGrant(PlatformRoles.UnionAdmin, Guid.Parse(shenzhen.Id)));

        foreach (var reachable in new[] { inGuangzhou, inShenzhen })
        {
            await _data.Client().GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = reachable.Id }, twoUnions);
        }

        var outside = await Assert.ThrowsAsync<RpcException>(() => _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = inFoshan.Id }, twoUnions).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task The_registrar_registers_a_volunteer_pending_vetting_in_any_union_and_can_do_nothing_else()
    {
        var shenzhen = await _data.CityAsync("440300", "深圳市教育工会");
        var registrar = Bearer("volunteer-identity", new RoleGrant(PlatformRoles.Registrar));
        var idNumber = TestIdNumbers.Make("440304", RosterTestData.BirthDate, male: false);

        var registered = await _data.RegisterAsync(RosterTestData.Registration(shenzhen.Id, idNumber), registrar);
        var refused = await Assert.ThrowsAsync<RpcException>(() => _data.Client().VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = registered.Id, Decision = VettingState.Approved }, registrar).ResponseAsync);

        Assert.Equal(VettingState.Pending, registered.Vetting.State);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private Metadata Bearer(string subject, params RoleGrant[] grants) =>
        new() { { "authorization", $"Bearer {host.Tokens.Issue(subject, grants, TimeSpan.FromMinutes(10))}" } };
}
