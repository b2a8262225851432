namespace Volunteer.Testing.Benchmarking;

/// <summary>The runs of one figure; a benchmark reports their median with the range.</summary>
public sealed record Sample(IReadOnlyList<double> Runs)
{
    public double Median => Runs.Order().ElementAt(Runs.Count / 2);

    public double Min => Runs.Min();

    public double Max => Runs.Max();

    /// <summary>Runs <paramref name="measure"/> <paramref name="runs"/> times, one after the other.</summary>
    public static async Task<Sample> OfAsync(int runs, Func<Task<double>> measure)
    {
        var figures = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            figures.Add(await measure());
        }

        return new Sample(figures);
    }
}
