using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Projections run in batches: a burst must build what one event at a time builds, keep each aggregate's
/// order from one batch to the next, and skip a message id it has seen.
/// </summary>
public sealed class ProjectionBatchTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_burst_of_interleaved_events_builds_what_one_event_at_a_time_builds()
    {
        await host.WaitUntilReadyAsync();
        var (burst, oneByOne) = (new ProjectionWorld(activities: 12), new ProjectionWorld(activities: 12));
        var events = new CampaignEvents(host);

        var burstIds = await PublishAllAsync(events, burst.Events());
        foreach (var message in oneByOne.Events())
        {
            await host.WaitUntilProjectedAsync([await events.PublishAsync(message)]);
        }

        await host.WaitUntilProjectedAsync(burstIds);
        var expected = await ReadModelSnapshot.OfAsync(host, oneByOne);
        Assert.Equal(expected, await ReadModelSnapshot.OfAsync(host, burst));
        // The corrected recording replaced the first one; the submission's dates replaced the plan's.
        Assert.Equal(12, expected.Count(row => row.StartsWith("ServiceLine ", StringComparison.Ordinal)));
        Assert.Equal(12, expected.Count(row => row.StartsWith("ActivityRow ", StringComparison.Ordinal)
            && row.Contains("\"StartsOn\":\"2026-05-12\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing_in_the_same_batch_or_a_later_one()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var volunteer = Guid.NewGuid();
        VolunteerRegistered Registered(string name) =>
            new(volunteer, events.City1, name, "female", null, [], [], false, CampaignEvents.At);

        var first = await events.PublishAsync(Registered("李文静"));
        await events.PublishAsync(Registered("重复一"), first);
        await host.WaitUntilProjectedAsync([first]);
        await events.PublishAsync(Registered("重复二"), first);
        // Published after every copy: once it is projected, so is every copy that was going to be.
        await host.WaitUntilProjectedAsync([await events.PublishAsync(Registered("李文静"))]);
        await Task.Delay(TimeSpan.FromSeconds(2));

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.Equal("李文静", (await db.Volunteers.SingleAsync(v => v.Id == volunteer)).Name);
        Assert.Equal(1, await db.ProjectedEvents.CountAsync(e => e.MessageId == first));
    }

    [Fact]
    public async Task Each_aggregates_order_holds_across_batch_boundaries()
    {
        await host.WaitUntilReadyAsync();
        // About 2,700 events, each step of 300 activities published at once: several full batches.
        var world = new ProjectionWorld(activities: 300);
        var events = new CampaignEvents(host);
        var published = new List<(Guid MessageId, int Step, IProjectedEvent Message)>();
        foreach (var (step, index) in world.Steps().Select((step, index) => (step, index)))
        {
            var ids = await Task.WhenAll(step.Select(message => events.PublishAsync(message)));
            published.AddRange(ids.Zip(step, (id, message) => (id, index, message)));
        }

        var allIds = published.Select(p => p.MessageId).ToList();
        await host.WaitUntilProjectedAsync(allIds);

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var sequence = await db.ProjectedEvents.Where(e => allIds.Contains(e.MessageId!.Value))
            .ToDictionaryAsync(e => e.MessageId!.Value, e => e.Sequence);
        foreach (var activity in published.GroupBy(p => ActivityOf(p.Message)).Where(a => a.Key is not null))
        {
            var logged = activity.OrderBy(p => sequence[p.MessageId]).Select(p => p.Step);
            Assert.Equal(activity.Select(p => p.Step), logged);
        }

        var activities = await db.Activities.Where(a => a.UnionId == world.Union).ToListAsync();
        Assert.All(activities, a => Assert.Equal((new DateOnly(2026, 5, 12), "recorded"), (a.StartsOn, a.Status)));
        Assert.Equal(300, activities.Count);
        var lines = db.ServiceLines.Where(l => l.UnionId == world.Union);
        Assert.Equal([4.5m], await lines.Select(l => l.Hours).Distinct().ToListAsync());
    }

    private static Guid? ActivityOf(IProjectedEvent message) =>
        message.GetType().GetProperty("ActivityId")?.GetValue(message) as Guid?;

    private static async Task<List<Guid>> PublishAllAsync(CampaignEvents events, IEnumerable<IProjectedEvent> messages)
    {
        var ids = new List<Guid>();
        foreach (var message in messages)
        {
            ids.Add(await events.PublishAsync(message));
        }

        return ids;
    }
}
