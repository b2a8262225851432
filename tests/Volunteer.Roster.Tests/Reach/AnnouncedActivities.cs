using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Time;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests.Reach;

/// <summary>
/// Activity's events as activity publishes them, put on roster's broker; each returns once roster has taken
/// the event in. Dates are counted from today, the day the service sees.
/// </summary>
internal static class AnnouncedActivities
{
    public static DateOnly Today => CampaignClock.Today(TimeProvider.System);

    /// <summary>An activity of the union's team from <paramref name="startsIn"/> days from today, three days long.</summary>
    public static async Task<Guid> SubmittedAsync(
        RosterServiceHost host, string unionId, string teamId, int startsIn, params string[] participants)
    {
        var activityId = Guid.NewGuid();
        var (first, last) = (Today.AddDays(startsIn), Today.AddDays(startsIn + 2));
        await Bus(host).Publish(new ActivitySubmitted(activityId, Guid.Parse(unionId), "乡村学校送教", "teaching",
            first, last, first, last, Online: false, [.. participants.Select(Guid.Parse)], DateTimeOffset.UtcNow,
            [Guid.Parse(teamId)]));
        await UntilAsync(host, db => db.ParticipatedActivities.AnyAsync(a => a.Id == activityId));
        return activityId;
    }

    /// <summary>The volunteer withdraws; an older confirmation arriving after it changes nothing.</summary>
    public static async Task WithdrawnAsync(
        RosterServiceHost host, Guid activityId, string unionId, string teamId, string volunteerId)
    {
        var (union, volunteer) = (Guid.Parse(unionId), Guid.Parse(volunteerId));
        await Bus(host).Publish(new ParticipantWithdrew(activityId, volunteer, union, DateTimeOffset.UtcNow));
        await Bus(host).Publish(new ParticipantConfirmed(
            activityId, volunteer, Guid.Parse(teamId), union, DateTimeOffset.UtcNow.AddMinutes(-1)));
        await UntilAsync(host, db => db.ActivityParticipants.AnyAsync(
            p => p.ActivityId == activityId && p.VolunteerId == volunteer && !p.Confirmed));
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    public static async Task CancelledAsync(RosterServiceHost host, Guid activityId, string unionId)
    {
        await Bus(host).Publish(new ActivityCancelled(activityId, Guid.Parse(unionId), "暴雨预警", DateTimeOffset.UtcNow));
        await UntilAsync(host, db => db.ParticipatedActivities.AnyAsync(a => a.Id == activityId && a.Cancelled));
    }

    private static IBus Bus(RosterServiceHost host) => host.Services.GetRequiredService<IBus>();

    private static async Task UntilAsync(RosterServiceHost host, Func<RosterDbContext, Task<bool>> known) =>
        await Eventually.GetAsync(async () =>
        {
            using var scope = host.Services.CreateScope();
            return await known(scope.ServiceProvider.GetRequiredService<RosterDbContext>());
        }, found => found);
}
