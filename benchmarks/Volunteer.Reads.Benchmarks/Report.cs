using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reads.Benchmarks;

/// <summary>The human table, then one bench line per read and load generator against its own baseline runs.</summary>
internal static class Report
{
    private const string BaselineName = "minimal gRPC+DB read";
    private const string Target = "≥ 0.8";

    public static void Print(IReadOnlyList<(ReadFigures Read, ReadFigures Baseline)> reads)
    {
        Console.WriteLine();
        Console.WriteLine($"Reads on real Kestrel, {H2Load.Streams} calls in flight on one connection, calls/s " +
            $"median (min–max) of 3 runs, each after a run of the baseline, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"read",-22} {"h2load",-26} {"ratio",6}   {".NET client",-26} {"ratio",6}   load avg");
        foreach (var (read, baseline) in reads)
        {
            Row(baseline, baseline);
            Row(read, baseline);
        }

        foreach (var (read, baseline) in reads)
        {
            BenchLine.Print($"read-{read.Name}", "calls/s", read.ViaH2Load, BaselineName, baseline.ViaH2Load, Target);
        }

        foreach (var (read, baseline) in reads)
        {
            BenchLine.Print(
                $"read-{read.Name}-dotnet", "calls/s", read.ViaDotnet, BaselineName, baseline.ViaDotnet, Target);
        }
    }

    private static void Row(ReadFigures read, ReadFigures baseline) =>
        Console.WriteLine($"{read.Name,-22} {Figure(read.ViaH2Load),-26} " +
            $"{Ratio(read.ViaH2Load, baseline.ViaH2Load),6}   {Figure(read.ViaDotnet),-26} " +
            $"{Ratio(read.ViaDotnet, baseline.ViaDotnet),6}   {read.LoadAverage}");

    private static string Figure(Sample sample) => $"{sample.Median:F0} ({sample.Min:F0}–{sample.Max:F0})";

    private static string Ratio(Sample figure, Sample baseline) => $"{figure.Median / baseline.Median:F2}";
}
