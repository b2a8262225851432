using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

/// <summary>
/// Figures asked again and again are computed once per state of the read models, yet never lag behind it:
/// a new event or a new campaign day gives new figures at the next call.
/// </summary>
public sealed class FigureCacheTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task Figures_asked_before_an_event_count_it_when_asked_after_it()
    {
        var (events, client) = await CityAsync("广州市教育工会");
        var june = new DateOnly(2026, 6, 20);
        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City1, "送教一", "teaching", "designated", "education", june, june));
        await Eventually.GetAsync(() => FiguresAsync(client, events.City1), f => f.Activities == 1);
        Assert.Equal(1, (await FiguresAsync(client, events.City1)).Activities);

        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City1, "送教二", "teaching", "designated", "education", june, june));

        // Kept figures would answer 1 for ever; the call after the event's projection counts it.
        await Eventually.GetAsync(() => FiguresAsync(client, events.City1), f => f.Activities == 2);
    }

    [Fact]
    public async Task Figures_that_depend_on_the_day_move_on_with_the_calendar()
    {
        var (events, client) = await CityAsync("韶关市教育工会");
        // Nine days ahead of the host's Monday 15 June: beyond the week of upcoming activities.
        var later = new DateOnly(2026, 6, 24);
        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City1, "送医一", "medical", "paired", "health", later, later));
        await Eventually.GetAsync(() => FiguresAsync(client, events.City1), f => f.Activities == 1);
        Assert.Equal(0, (await FiguresAsync(client, events.City1)).UnclearedUpcoming);

        host.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, (await FiguresAsync(client, events.City1)).UnclearedUpcoming);
    }

    private async Task<(CampaignEvents Events, ReportingService.ReportingServiceClient Client)> CityAsync(string name)
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        await events.PublishAsync(events.Union(events.City1, null, name, "city-education", 30, 300));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        await Eventually.GetAsync(() => KnownAsync(client, events.City1), known => known);
        return (events, client);
    }

    private async Task<bool> KnownAsync(ReportingService.ReportingServiceClient client, Guid union)
    {
        try
        {
            await FiguresAsync(client, union);
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }

    private async Task<Contracts.Reporting.V1.Figures> FiguresAsync(ReportingService.ReportingServiceClient client, Guid union) =>
        (await client.GetFiguresAsync(
            new GetFiguresRequest { UnionId = union.ToString(), PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" },
            host.BearerToken(PlatformRoles.ProvincialAdmin))).Figures;
}
