using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Telemetry;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Testing;

namespace Volunteer.Activity.Tests;

public sealed class ActivityMetricsTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    [Fact]
    public async Task The_dashboard_gauge_counts_this_databases_activities_by_status()
    {
        var world = await host.WorldAsync();
        var client = Plans.Client(host);
        await Plans.PlanAsync(host, world, Plans.Teaching(world, "2027-06-10", "2027-06-11"));
        var cancelled = await Plans.PlanAsync(host, world, Plans.Teaching(world, "2027-06-12", "2027-06-12"));
        await client.CancelActivityAsync(new CancelActivityRequest { Id = cancelled.Id, Reason = "改期" }, world.ProvinceAdmin);
        // The factory hands out one meter per name: the same instance the service's gauge lives on.
        var meter = host.Services.GetRequiredService<IMeterFactory>().Create(ActivityMetrics.MeterName);
        var latest = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "volunteer.activities")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => latest[(string)tags[0].Value!] = value);
        listener.Start();

        var counts = await Eventually.GetAsync(() =>
        {
            listener.RecordObservableInstruments();
            return Task.FromResult(new Dictionary<string, long>(latest));
        }, c => c.GetValueOrDefault("draft") == 1 && c.GetValueOrDefault("cancelled") == 1);

        Assert.Equal(1, counts["draft"]);
        Assert.Equal(1, counts["cancelled"]);
    }
}
