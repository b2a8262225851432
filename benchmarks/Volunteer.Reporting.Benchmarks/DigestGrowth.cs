using Volunteer.Reporting.Digests;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reporting.Benchmarks;

/// <summary>
/// The bench table's lines: how much slower the slowest province digest kind is at 100× than at 1×,
/// and its time at 100×. Printed only when both scales ran.
/// </summary>
internal static class DigestGrowth
{
    private const int Small = 1, Large = 100;

    public static void Print(IReadOnlyDictionary<(string Kind, int Scale), Sample> samples)
    {
        var kinds = samples.Keys.Where(k => k.Scale == Large).Select(k => k.Kind).ToList();
        if (kinds.Count == 0 || !samples.ContainsKey((kinds[0], Small)))
        {
            return;
        }

        var kind = kinds.MaxBy(k => samples[(k, Large)].Median)!;
        var (small, large) = (samples[(kind, Small)], samples[(kind, Large)]);
        Console.WriteLine($"Growth and 100× figures below are of the slowest kind at 100×: the {kind} digest.");
        BenchLine.Print("digest-growth-100x", "ms", large, $"{kind}-1x", small, "≤ 20", large.Median / small.Median);
        BenchLine.Print("digest-100x-seconds", "s", new Sample([.. large.Runs.Select(ms => ms / 1000)]), "< 2");
    }
}
