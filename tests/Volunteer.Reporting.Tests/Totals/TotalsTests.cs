using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests.Totals;

/// <summary>
/// The totals kept beside attendance and service lines give exactly the figures the rows give, whatever
/// order, repetition, correction or late approval the events came with.
/// </summary>
public sealed class TotalsTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private static readonly ReportPeriod[] Periods =
    [
        new(new(2026, 1, 1), new(2026, 6, 30)), new(new(2026, 5, 11), new(2026, 5, 11)),
        new(new(2025, 6, 1), new(2026, 5, 10)), new(new(2025, 1, 1), new(2025, 12, 31)),
    ];

    [Fact]
    public async Task Figures_from_the_totals_equal_a_recount_of_the_rows()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var world = new TotalsWorld(events);
        foreach (var message in world.Events())
        {
            await events.PublishAsync(message.Event, message.Id);
        }

        await Eventually.GetAsync(ProjectedAsync, count => count == world.DistinctMessages);

        using var services = host.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var calculator = services.ServiceProvider.GetRequiredService<FigureCalculator>();
        var composer = services.ServiceProvider.GetRequiredService<DigestComposer>();
        var province = new ReportScope(events.Province, "广东省教科文卫工会", null);
        ReportScope[] scopes =
        [
            province, new(events.City1, "广州市教育工会", [events.City1]),
            new(events.Province, "广东省教科文卫工会", [events.Province, events.City1, events.City2]),
        ];
        foreach (var (scope, period) in scopes.SelectMany(s => Periods.Select(p => (s, p))))
        {
            var rows = await RowRecount.OfAsync(db, scope, period);
            var figures = await calculator.ComputeAsync(scope, period, CancellationToken.None);
            Assert.Equal((rows.Hours, rows.People), (figures.ServiceHours, figures.VolunteersServed));
            var content = await composer.ComposeAsync(DigestKinds.Monthly, scope, period, CancellationToken.None);
            Assert.Equal(rows.Teams, content.TopTeams);
            if (scope.Unions is null)
            {
                var cities = new[] { events.City1, events.City2 }.Select(c => rows.ByUnion.GetValueOrDefault(c));
                var byCity = figures.HoursByUnion.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Value);
                Assert.Equal(cities, byCity);
            }
        }

        // The world's own sums, so the comparison above is not between two empty sets.
        var half = await calculator.ComputeAsync(province, Periods[0], CancellationToken.None);
        Assert.Equal((34m, 4), (half.ServiceHours, half.VolunteersServed));
        var halfTeams = await composer.ComposeAsync(DigestKinds.Monthly, province, Periods[0], CancellationToken.None);
        Assert.Equal([(14m, 2), (5m, 1)], halfTeams.TopTeams.Select(t => (t.Hours, t.Activities)));
    }

    private async Task<int> ProjectedAsync()
    {
        using var services = host.Services.CreateScope();
        return await services.ServiceProvider.GetRequiredService<ReportingDbContext>().ProjectedEvents.CountAsync();
    }
}
