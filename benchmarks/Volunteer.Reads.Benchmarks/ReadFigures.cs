using Volunteer.Testing.Benchmarking;

namespace Volunteer.Reads.Benchmarks;

/// <summary>One read's calls per second from both load generators, with the load average around them.</summary>
internal sealed record ReadFigures(string Name, Sample ViaH2Load, Sample ViaDotnet, string LoadAverage)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan H2LoadRun = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan DotnetRun = TimeSpan.FromSeconds(3);
    private const int Runs = 3;

    /// <summary>Warms the server up through the .NET client, whose run also proves the answers are OK.</summary>
    public static async Task<ReadFigures> MeasureAsync(ReadTarget target)
    {
        Console.WriteLine($"Measuring {target.Name} ...");
        await DotnetClientLoad.CallsPerSecondAsync(target, WarmUp);
        var h2load = await Sample.OfAsync(Runs, () => H2Load.CallsPerSecondAsync(target, H2LoadRun));
        var dotnet = await Sample.OfAsync(Runs, () => DotnetClientLoad.CallsPerSecondAsync(target, DotnetRun));
        return new ReadFigures(target.Name, h2load, dotnet, LoadAverageNow());
    }

    private static string LoadAverageNow() =>
        string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
