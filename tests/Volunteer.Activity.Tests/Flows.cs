using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

/// <summary>Brings an activity to where a test needs it, through the public API and safety's events.</summary>
internal static class Flows
{
    /// <summary>Planned, confirmed by the given volunteers, submitted, cleared by safety and started.</summary>
    public static async Task<Contracts.Activity.V1.Activity> StartedAsync(
        ActivityServiceHost host, CampaignWorld world, PlanActivityRequest request, params string[] volunteerIds)
    {
        var client = Plans.Client(host);
        var activity = await Plans.PlanAsync(host, world, request);
        foreach (var volunteerId in volunteerIds)
        {
            await client.ConfirmParticipationAsync(new ConfirmParticipationRequest { ActivityId = activity.Id, VolunteerId = volunteerId }, world.Volunteer(host, volunteerId));
        }

        await client.SubmitActivityAsync(new SubmitActivityRequest { Id = activity.Id }, world.ProvinceAdmin);
        await host.PublishAsync(new ActivityClearanceChanged(Guid.Parse(activity.Id), Guid.Parse(activity.UnionId), true, 1, [], DateTimeOffset.UtcNow));
        await Eventually.GetAsync(
            async () => (await client.GetActivityAsync(new GetActivityRequest { Id = activity.Id }, world.ProvinceAdmin)).Activity,
            a => a.Status == ActivityStatus.Cleared);
        return (await client.StartActivityAsync(new StartActivityRequest { Id = activity.Id }, world.ProvinceAdmin)).Activity;
    }
}
