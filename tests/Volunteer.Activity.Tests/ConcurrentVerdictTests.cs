using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Tests;

/// <summary>Two of safety's verdicts on one activity handled at the same moment.</summary>
public sealed class ConcurrentVerdictTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private const int Pairs = 20;

    [Fact]
    public async Task The_newest_revision_wins_whichever_verdict_commits_first()
    {
        var world = await host.WorldAsync();
        var activities = new List<Guid>();
        for (var i = 0; i < Pairs; i++)
        {
            activities.Add(Guid.Parse((await Plans.PlanAsync(host, world)).Id));
        }

        var union = Guid.Parse(world.City.Id);
        var sent = await Task.WhenAll(activities.Select(async activity =>
        {
            // The newer first: the older, handled beside it, must not overwrite it.
            var newer = host.PublishAsync(new ActivityClearanceChanged(activity, union, true, 2, [], DateTimeOffset.UtcNow));
            var older = host.PublishAsync(new ActivityClearanceChanged(activity, union, false, 1, [], DateTimeOffset.UtcNow.AddSeconds(-1)));
            return await Task.WhenAll(newer, older);
        }));
        foreach (var messageId in sent.SelectMany(pair => pair))
        {
            await host.WaitUntilConsumedAsync(messageId);
        }

        using var scope = host.Services.CreateScope();
        var verdicts = await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Activities.AsNoTracking()
            .Where(a => activities.Contains(a.Id)).Select(a => new { a.Clearance!.Revision, a.Clearance.Cleared }).ToListAsync();
        Assert.Equal(Pairs, verdicts.Count);
        Assert.All(verdicts, verdict => Assert.Equal((2, true), (verdict.Revision, verdict.Cleared)));
        var shown = await Plans.Client(host).GetActivityAsync(new GetActivityRequest { Id = activities[0].ToString() }, world.Captain(host));
        Assert.Equal(2, shown.Activity.Clearance.Revision);
    }
}
