using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Activity.Tests;

/// <summary>Its own world: the cadre is vetted here, which the shared world's tests rely on not being so.</summary>
public sealed class UnionCadreParticipationTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task A_vetted_union_cadre_joins_a_medical_activity_without_a_medical_licence()
    {
        var world = await host.WorldAsync();
        var roster = new RosterService.RosterServiceClient(host.Roster.CreateChannel());
        await roster.VetStaffVolunteerAsync(
            new VetStaffVolunteerRequest { Id = world.CadreId, Decision = VettingState.Approved }, world.ProvinceAdmin);
        var medicalRequest = Plans.Teaching(world);
        medicalRequest.Form = ActivityForm.Medical;
        medicalRequest.Domain = ServiceDomain.Medical;
        var medical = await Plans.PlanAsync(host, world, medicalRequest);

        var cadre = (await Plans.Client(host).ConfirmParticipationAsync(
            new ConfirmParticipationRequest { ActivityId = medical.Id, VolunteerId = world.CadreId },
            world.Volunteer(host, world.CadreId))).Participant;

        Assert.Equal(ParticipantStatus.Confirmed, cadre.Status);
    }
}
