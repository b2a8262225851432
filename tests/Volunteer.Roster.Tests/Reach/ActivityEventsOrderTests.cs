using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Events;
using Volunteer.Roster.Data;
using Volunteer.Testing;
using Xunit;

namespace Volunteer.Roster.Tests.Reach;

/// <summary>
/// Activity's news about one activity comes in bursts: a submission (again after an edit) and the participants'
/// confirmations, all at once. Roster keeps the same state as if they had come one by one, without a failed write.
/// </summary>
public sealed class ActivityEventsOrderTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    [Fact]
    public async Task A_burst_about_one_activity_keeps_every_participant_without_a_database_error()
    {
        var (activityId, unionId, teamId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var participants = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var today = AnnouncedActivities.Today;
        // Whole seconds, as the database keeps them (microseconds) and the test compares them.
        var submittedAt = DateTimeOffset.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        ActivitySubmitted Submission(DateTimeOffset at) => new(activityId, unionId, "乡村学校送教", "teaching",
            today.AddDays(3), today.AddDays(5), today.AddDays(3), today.AddDays(5), Online: false, participants, at,
            [teamId]);
        var burst = new List<object> { Submission(submittedAt), Submission(submittedAt.AddSeconds(1)) };
        burst.AddRange(participants.Select(
            p => new ParticipantConfirmed(activityId, p, teamId, unionId, submittedAt.AddSeconds(-1))));
        var bus = host.Services.GetRequiredService<IBus>();
        await host.WaitUntilReadyAsync();
        await host.ClearStartUpLogsAsync();

        await Task.WhenAll(burst.Select(message => bus.Publish(message)));
        var latest = submittedAt.AddSeconds(1);
        await Eventually.GetAsync(() => KnownAsync(db => db.ParticipatedActivities
            .AnyAsync(a => a.Id == activityId && a.DescribedAt == latest)), described => described);
        // The confirmations are older than the submissions: once the latter are in, nothing changes.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var confirmed = await KnownAsync(db => db.ActivityParticipants
            .Where(p => p.ActivityId == activityId && p.Confirmed).Select(p => p.VolunteerId).ToListAsync());
        Assert.Equal(participants.Order(), confirmed.Order());
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    private async Task<T> KnownAsync<T>(Func<RosterDbContext, Task<T>> query)
    {
        using var scope = host.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<RosterDbContext>());
    }
}
