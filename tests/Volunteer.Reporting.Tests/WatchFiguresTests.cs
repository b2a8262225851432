using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class WatchFiguresTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public async Task A_watching_dashboard_gets_the_figures_at_once_and_again_only_when_they_change()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var june = new DateOnly(2026, 6, 20);
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            events.Union(events.City2, null, "韶关市教育工会", "city-education", 20, 200),
            events.Planned(Guid.NewGuid(), events.City1, "送教一", "teaching", "designated", "education", june, june));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        await Eventually.GetAsync(() => ActivitiesAsync(client, events.City1), n => n == 1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var watch = client.WatchFigures(new WatchFiguresRequest { UnionId = events.City1.ToString(), PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" },
            host.BearerToken(PlatformRoles.ReportViewer, events.City1.ToString()), cancellationToken: cancel.Token);

        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal(1, watch.ResponseStream.Current.Figures.Activities);

        // A change elsewhere moves the log but not these figures: nothing is sent for it.
        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City2, "别处的活动", "medical", "paired", "health", june, june));
        await Eventually.GetAsync(() => ActivitiesAsync(client, events.City2), n => n == 1);
        await Task.Delay(TimeSpan.FromSeconds(1), cancel.Token);
        await events.PublishAsync(events.Planned(Guid.NewGuid(), events.City1, "送教二", "teaching", "designated", "education", june, june));

        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal(2, watch.ResponseStream.Current.Figures.Activities);
        cancel.Cancel();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
        {
            using var denied = client.WatchFigures(new WatchFiguresRequest { UnionId = events.City2.ToString() }, host.BearerToken(PlatformRoles.ReportViewer, events.City1.ToString()));
            await denied.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    [Fact]
    public async Task A_watch_ends_unauthenticated_shortly_after_the_callers_token_expires()
    {
        await host.WaitUntilReadyAsync();
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var token = host.Tokens.Issue("dashboard", PlatformRoles.ProvincialAdmin, null, TimeSpan.FromSeconds(3));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = client.WatchFigures(new WatchFiguresRequest(), new Metadata { { "authorization", $"Bearer {token}" } },
            cancellationToken: cancel.Token);
        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));
        var opened = DateTimeOffset.UtcNow;

        var ended = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await watch.ResponseStream.MoveNext(cancel.Token))
            {
                // Figures may change meanwhile; only the end matters here.
            }
        });

        Assert.Equal(StatusCode.Unauthenticated, ended.StatusCode);
        Assert.InRange(DateTimeOffset.UtcNow - opened, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    private async Task<int> ActivitiesAsync(ReportingService.ReportingServiceClient client, Guid union)
    {
        try
        {
            return (await client.GetFiguresAsync(new GetFiguresRequest { UnionId = union.ToString(), PeriodStart = "2026-06-01", PeriodEnd = "2026-06-30" },
                host.BearerToken(PlatformRoles.ProvincialAdmin))).Figures.Activities;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return 0;
        }
    }
}
