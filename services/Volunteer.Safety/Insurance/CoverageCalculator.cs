using Volunteer.Safety.Clearance;

namespace Volunteer.Safety.Insurance;

/// <summary>Splits a range of days into runs covered by the same set of policies; a run with none is a gap.</summary>
public static class CoverageCalculator
{
    public static IReadOnlyList<CoverRun> Runs(DateOnly from, DateOnly to, IReadOnlyList<CoverPeriod> cover)
    {
        var runs = new List<CoverRun>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var covering = cover.Where(c => c.Includes(day)).ToList();
            var policies = covering.Select(c => c.PolicyId).Distinct().Order().ToList();
            var travel = covering.Any(c => c.TravelCovered);
            if (runs.Count > 0 && runs[^1] is var last && last.PolicyIds.SequenceEqual(policies) && last.TravelCovered == travel)
            {
                runs[^1] = last with { To = day };
            }
            else
            {
                runs.Add(new CoverRun(day, day, policies, travel));
            }
        }

        return runs;
    }
}
