using Volunteer.Safety.Clearance;
using Volunteer.Safety.Insurance;

namespace Volunteer.Safety.Tests;

public sealed class CoverageCalculatorTests
{
    [Fact]
    public void Days_split_into_runs_by_the_policies_covering_them_and_gaps()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var cover = new[] { new CoverPeriod(a, Day(3), Day(6), false), new CoverPeriod(b, Day(5), Day(8), true) };

        var runs = CoverageCalculator.Runs(Day(1), Day(10), cover);

        Assert.Equal(
            [(Day(1), Day(2), 0), (Day(3), Day(4), 1), (Day(5), Day(6), 2), (Day(7), Day(8), 1), (Day(9), Day(10), 0)],
            runs.Select(r => (r.From, r.To, r.PolicyIds.Count)));
        Assert.Equal([a], runs[1].PolicyIds);
        Assert.True(runs[2].TravelCovered);
        Assert.Equal([b], runs[3].PolicyIds);
        Assert.True(runs[0].IsGap && runs[4].IsGap);
    }

    private static DateOnly Day(int dayOfJune) => new(2027, 6, dayOfJune);
}
