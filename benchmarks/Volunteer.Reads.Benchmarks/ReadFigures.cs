using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reads.Benchmarks;

/// <summary>One read's calls per second from both load generators, with the load average after them.</summary>
internal sealed record ReadFigures(string Name, Sample ViaH2Load, Sample ViaDotnet, string LoadAverage)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(2);
    private const int Runs = 3;

    /// <summary>
    /// Each run of the read follows a run of the baseline, so both see the same load from the machine's
    /// other users. Warms both up through the .NET client, whose calls also prove the answers are OK.
    /// </summary>
    public static async Task<(ReadFigures Read, ReadFigures Baseline)> MeasureAsync(
        ReadTarget read, ReadTarget baseline)
    {
        Console.WriteLine($"Measuring {read.Name} and the baseline ...");
        await DotnetClientLoad.CallsPerSecondAsync(baseline, WarmUp);
        await DotnetClientLoad.CallsPerSecondAsync(read, WarmUp);
        var (baselineH2Load, baselineDotnet) = (new List<double>(), new List<double>());
        var h2load = await Sample.OfAsync(Runs, async () =>
        {
            baselineH2Load.Add(await H2Load.CallsPerSecondAsync(baseline, Run));
            return await H2Load.CallsPerSecondAsync(read, Run);
        });
        var dotnet = await Sample.OfAsync(Runs, async () =>
        {
            baselineDotnet.Add(await DotnetClientLoad.CallsPerSecondAsync(baseline, Run));
            return await DotnetClientLoad.CallsPerSecondAsync(read, Run);
        });
        var load = LoadAverageNow();
        return (new ReadFigures(read.Name, h2load, dotnet, load),
            new ReadFigures(baseline.Name, new Sample(baselineH2Load), new Sample(baselineDotnet), load));
    }

    private static string LoadAverageNow() =>
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
