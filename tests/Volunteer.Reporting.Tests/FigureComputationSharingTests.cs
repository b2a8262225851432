using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Tests;

/// <summary>Dashboards that miss the cache together share one computation, and no caller pays for another's.</summary>
public sealed class FigureComputationSharingTests : IDisposable
{
    private static readonly ReportRoot City = new(Guid.NewGuid(), "广州市教育工会", WholeProvince: false);
    private static readonly ReportPeriod June = new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));
    private static readonly FigureState State = new(42, new DateOnly(2026, 6, 15));

    private readonly FigureCache _cache = new();

    [Fact]
    public async Task Eight_dashboards_missing_one_key_together_compute_its_figures_once()
    {
        var computations = 0;
        var release = new TaskCompletionSource<CampaignFigures>();
        var calls = Enumerable.Range(0, 8).Select(_ => _cache.GetOrComputeAsync(City, June, State, () =>
        {
            Interlocked.Increment(ref computations);
            return release.Task;
        })).ToList();

        release.SetResult(Figures());
        var answers = await Task.WhenAll(calls);

        Assert.Equal(1, computations);
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
    }

    [Fact]
    public async Task A_call_waiting_on_a_computation_cancelled_with_its_caller_computes_its_own()
    {
        var cancelled = new TaskCompletionSource<CampaignFigures>();
        var first = _cache.GetOrComputeAsync(City, June, State, () => cancelled.Task);
        var second = _cache.GetOrComputeAsync(City, June, State, () => Task.FromResult(Figures()));

        cancelled.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(City.Name, (await second).UnionName);
        var afterwards = await _cache.GetOrComputeAsync(City, June, State, () => Task.FromResult(Figures()));
        Assert.Equal(City.Name, afterwards.UnionName);
    }

    public void Dispose() => _cache.Dispose();

    private static CampaignFigures Figures() => new()
    {
        UnionId = City.Id, UnionName = City.Name, PeriodStart = June.Start, PeriodEnd = June.End,
    };
}
