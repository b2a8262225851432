using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Projections;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Each event type the read models are built from, sent through the broker to the running projections: a row
/// that the batch's bulk writes cannot store fails its batch, which is then retried without end.
/// </summary>
public sealed class EveryEventTypeTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task Every_event_type_is_projected_and_every_read_model_table_is_written_and_changed()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var steps = new EveryEventTypeWorld(events.City1).Steps().ToList();
        Assert.Equal(ProjectedEventTypes.All.Select(type => type.Name).Order(),
            steps.SelectMany(step => step).Select(e => e.GetType().Name).Distinct().Order());

        // One step at a time, so that later steps change rows earlier batches stored.
        foreach (var step in steps)
        {
            var published = await Task.WhenAll(step.Select(message => events.PublishAsync(message)));
            await host.WaitUntilProjectedAsync(published);
        }

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        foreach (var table in ReadModelMapping.Tables)
        {
            var count = $"select count(*) as \"Value\" from {SqlNames.Quoted(table)}";
            var rows = await db.Database.SqlQueryRaw<long>(count).SingleAsync();
            Assert.True(rows > 0, $"No event wrote a row to {table}.");
        }

        var insured = await db.Insured.SingleAsync();
        Assert.Equal((EveryEventTypeWorld.CoveredFrom, EveryEventTypeWorld.CoveredTo), (insured.From, insured.To));
        // Rows stored by one batch and changed by later ones.
        Assert.Equal("送教一队", (await db.Teams.SingleAsync()).Name);
        Assert.Equal("初三化学实验课", (await db.Needs.SingleAsync()).Title);
        var line = await db.ServiceLines.SingleAsync();
        Assert.Equal((5m, EveryEventTypeWorld.Corrected), (line.Hours, line.RecordedAt));
    }
}
