using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// GetFigures and WatchFigures: scope and period checked once, figures computed when the read models or the
/// campaign day have moved on since they were last computed for that scope and period.
/// </summary>
public sealed class FigureQueries(
    ReportScopes scopes,
    FigureCalculator calculator,
    FigureCache cache,
    ReportingDbContext db,
    TimeProvider timeProvider)
{
    private static readonly Func<ReportingDbContext, CancellationToken, Task<long?>> ProjectedThrough =
        EF.CompileAsyncQuery((ReportingDbContext db, CancellationToken _) =>
            db.ProjectedEvents.Max(e => (long?)e.Sequence));

    /// <summary>The unions below the root are listed only when the figures are not at hand already.</summary>
    public async Task<CampaignFigures> GetAsync(FigureRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var (root, period) = await ResolveAsync(request, caller, ct);
        var state = await StateAsync(ct);
        var asked = period();
        return await cache.GetOrComputeAsync(root, asked, state, () => ComputeAsync(root, asked, ct));
    }

    /// <summary>
    /// Sends the figures, then polls the projection log's high-water mark (shared by every replica)
    /// and sends again only when figures recomputed after a change differ from the last ones sent.
    /// </summary>
    public async Task WatchAsync(
        FigureRequest request, PlatformCaller caller, Func<CampaignFigures, Task> send, TimeSpan pollInterval,
        CancellationToken ct)
    {
        var (root, period) = await ResolveAsync(request, caller, ct);
        CampaignFigures? sent = null;
        FigureState? seen = null;
        while (!ct.IsCancellationRequested)
        {
            var state = await StateAsync(ct);
            if (state != seen)
            {
                seen = state;
                db.ChangeTracker.Clear();
                var asked = period();
                var figures = await cache.GetOrComputeAsync(root, asked, state, () => ComputeAsync(root, asked, ct));
                if (!figures.Equals(sent))
                {
                    await send(figures);
                    sent = figures;
                }
            }

            // Wall-clock cadence, whatever clock the figures are computed on.
            await Task.Delay(pollInterval, ct);
        }
    }

    private async Task<FigureState> StateAsync(CancellationToken ct) =>
        new(await ProjectedThrough(db, ct) ?? 0, CampaignClock.Today(timeProvider));

    private async Task<CampaignFigures> ComputeAsync(ReportRoot root, ReportPeriod period, CancellationToken ct) =>
        await calculator.ComputeAsync(await scopes.ExpandAsync(root, ct), period, ct);

    private async Task<(ReportRoot Root, Func<ReportPeriod> Period)> ResolveAsync(
        FigureRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var root = await scopes.RootAsync(caller, request.UnionId, ct);
        // An open end follows today, so a dashboard left open overnight moves on with the calendar.
        return (root, () =>
        {
            var today = CampaignClock.Today(timeProvider);
            return new ReportPeriod(request.Start ?? new DateOnly(today.Year, 1, 1), request.End ?? today);
        });
    }
}
