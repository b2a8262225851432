using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>An approval revoked with a reason: no longer eligible, the approval and records kept.</summary>
public sealed class VettingRevocationTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_revoked_volunteer_is_not_eligible_and_keeps_their_approval_on_record()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();
        var admin = world.AdminOf(world.A);

        var revoked = await client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.OtherOfA.Id, Reason = " 违反志愿服务纪律 " }, admin);
        var again = await client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.OtherOfA.Id, Reason = "再次撤销" }, admin);
        var eligibility = await client.CheckEligibilityAsync(
            new CheckEligibilityRequest { VolunteerIds = { world.OtherOfA.Id }, Date = "2027-05-10" }, admin);
        var joining = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.AddTeamMemberAsync(
            new AddTeamMemberRequest
            {
                TeamId = world.TeamA.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Volunteer,
            }, admin).ResponseAsync);

        var vetting = revoked.Volunteer.Vetting;
        Assert.Equal(VettingState.Revoked, vetting.State);
        Assert.Equal("违反志愿服务纪律", vetting.RevokeReason);
        Assert.NotNull(vetting.RevokeTime);
        Assert.NotEmpty(vetting.Revoker);
        Assert.NotNull(vetting.DecideTime);
        Assert.Equal(vetting, again.Volunteer.Vetting);
        var answer = Assert.Single(eligibility.Volunteers);
        Assert.False(answer.Eligible);
        Assert.Equal(["VETTING_REVOKED"], answer.Reasons);
        Assert.Equal("VOLUNTEER_NOT_APPROVED",
            Assert.Single(joining.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Type);
    }

    [Fact]
    public async Task Only_an_approval_is_revoked_only_by_its_unions_admins_and_only_with_a_reason()
    {
        var world = await TwoUnions.CreateAsync(host);
        var client = _data.Client();

        var pending = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.PendingOfB.Id, Reason = "不符合条件" }, _data.Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.OfB.Id, Reason = "不符合条件" }, world.AdminOf(world.A)).ResponseAsync);
        Assert.Equal(["reason"], await RpcAssert.InvalidFieldsAsync(() => client.RevokeVettingAsync(
            new RevokeVettingRequest { Id = world.OfB.Id, Reason = "  " }, _data.Province).ResponseAsync));

        Assert.Equal("VETTING_NOT_APPROVED",
            Assert.Single(pending.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations).Type);
        var ofB = await client.GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = world.OfB.Id }, _data.Province);
        Assert.Equal(VettingState.Approved, ofB.Volunteer.Vetting.State);
    }
}
