using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>Volunteers opt in themselves, and roster (running for real) decides whether they may.</summary>
public sealed class ParticipationTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task An_eligible_volunteer_confirms_themself_and_withdraws_with_notice()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);
        var me = world.Volunteer(host, world.VolunteerId);

        var confirmed = (await client.ConfirmParticipationAsync(new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, me)).Participant;
        var again = (await client.ConfirmParticipationAsync(new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, me)).Participant;
        Assert.Equal(ParticipantStatus.Confirmed, confirmed.Status);
        Assert.Equal(world.TeamId, confirmed.TeamId);
        Assert.Equal(confirmed, again);

        Assert.Equal(["notice"], await RpcAssert.InvalidFieldsAsync(() => client.DeclineParticipationAsync(
            new DeclineParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, me).ResponseAsync));
        var withdrawn = (await client.DeclineParticipationAsync(
            new DeclineParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId, Notice = "家中有事" }, me)).Participant;
        Assert.Equal(ParticipantStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("家中有事", withdrawn.Notice);

        var declined = (await client.DeclineParticipationAsync(new DeclineParticipationRequest
        {
            ActivityId = activity.Id, VolunteerId = world.SecondVolunteerId, Notice = "学校监考",
        }, world.Volunteer(host, world.SecondVolunteerId))).Participant;
        Assert.Equal(ParticipantStatus.Declined, declined.Status);
    }

    [Fact]
    public async Task Nobody_confirms_for_someone_else_not_even_their_captain()
    {
        var world = await host.WorldAsync();
        var activity = await Plans.PlanAsync(host, world);
        var request = new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId };

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Plans.Client(host).ConfirmParticipationAsync(request, world.Captain(host)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Plans.Client(host).ConfirmParticipationAsync(request, world.ProvinceAdmin).ResponseAsync);
        // Another volunteer is out of a volunteer's reach altogether.
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => Plans.Client(host).ConfirmParticipationAsync(request, world.Volunteer(host, world.SecondVolunteerId)).ResponseAsync);
    }

    [Fact]
    public async Task Roster_refuses_an_unvetted_member_and_a_medical_activity_needs_a_valid_licence()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var teaching = await Plans.PlanAsync(host, world);
        var medicalRequest = Plans.Teaching(world);
        medicalRequest.Form = ActivityForm.Medical;
        medicalRequest.Domain = ServiceDomain.Medical;
        var medical = await Plans.PlanAsync(host, world, medicalRequest);

        var unvetted = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = teaching.Id, VolunteerId = world.CadreId }, world.Volunteer(host, world.CadreId)).ResponseAsync);
        var unlicensed = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = medical.Id, VolunteerId = world.VolunteerId }, world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        var doctor = (await client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = medical.Id, VolunteerId = world.DoctorId }, world.Volunteer(host, world.DoctorId))).Participant;

        Assert.Contains("NOT_APPROVED", unvetted.Status.Detail);
        Assert.Equal("送医须持有 2027-05-10 有效的医疗类执业证书（医师、护士等）（《志愿服务条例》第十六条）",
            unlicensed.Status.Detail);
        Assert.Equal(ParticipantStatus.Confirmed, doctor.Status);
    }

    [Fact]
    public async Task Someone_outside_the_teams_cannot_opt_in_and_answers_close_when_the_activity_starts()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world);
        var stranger = Guid.NewGuid().ToString();

        // Someone outside the activity's teams does not reach it: as unknown as an activity that does not exist.
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = stranger }, world.Volunteer(host, stranger)).ResponseAsync);
        await client.CancelActivityAsync(new CancelActivityRequest { Id = activity.Id, Reason = "改期" }, world.ProvinceAdmin);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, world.Volunteer(host, world.VolunteerId)).ResponseAsync);
        // The edge reads the ids first: a malformed one is refused before the rest of the request is looked at.
        Assert.Equal(["activity_id"], await RpcAssert.InvalidFieldsAsync(() => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = "x" }, world.Volunteer(host, world.VolunteerId)).ResponseAsync));
        Assert.Equal(["volunteer_id"], await RpcAssert.InvalidFieldsAsync(() => client.ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = activity.Id }, world.Volunteer(host, world.VolunteerId)).ResponseAsync));
    }

    [Fact]
    public async Task When_roster_cannot_answer_confirming_is_unavailable_and_nothing_changes()
    {
        var world = await host.WorldAsync();
        var activity = await Plans.PlanAsync(host, world);
        host.RosterDown = true;
        try
        {
            var error = await RpcAssert.FailsAsync(StatusCode.Unavailable, () => Plans.Client(host).ConfirmParticipationAsync(
                new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = world.VolunteerId }, world.Volunteer(host, world.VolunteerId)).ResponseAsync);
            Assert.Equal("ROSTER_UNAVAILABLE", error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
        }
        finally
        {
            host.RosterDown = false;
        }

        var read = (await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = activity.Id }, world.ProvinceAdmin)).Activity;
        Assert.Equal(ParticipantStatus.Proposed, read.Participants.Single(p => p.VolunteerId == world.VolunteerId).Status);
    }
}
