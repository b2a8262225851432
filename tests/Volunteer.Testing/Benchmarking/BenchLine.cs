using System.Globalization;

namespace Volunteer.Testing.Benchmarking;

/// <summary>
/// One path's figures for the table of <c>./volunteer.sh bench</c>: written as a single line that
/// starts with <see cref="Marker"/>, fields separated by '|', so the script can collect the lines of
/// every benchmark and print them together, followed by one <c>ratio NAME VALUE</c> line each.
/// </summary>
public static class BenchLine
{
    public const string Marker = "BENCH";

    /// <summary>A figure measured against a baseline of the same run; the ratio is figure ÷ baseline
    /// unless given (for a time, where smaller is better, pass baseline ÷ figure or the growth).</summary>
    public static void Print(string name, string unit, Sample figure, string baselineName, Sample baseline,
        string target, double? ratio = null) =>
        Write(name, unit, figure, baselineName, baseline, ratio ?? figure.Median / baseline.Median, target);

    /// <summary>A figure followed on its own (seconds, calls per second); its ratio line carries the figure.</summary>
    public static void Print(string name, string unit, Sample figure, string target) =>
        Write(name, unit, figure, "-", null, figure.Median, target);

    private static void Write(string name, string unit, Sample figure, string baselineName, Sample? baseline,
        double ratio, string target)
    {
        string[] fields =
        [
            Marker, name, unit, Number(figure.Median), Number(figure.Min), Number(figure.Max), baselineName,
            baseline is null ? "-" : Number(baseline.Median), baseline is null ? "-" : Number(baseline.Min),
            baseline is null ? "-" : Number(baseline.Max), Number(ratio), target,
        ];
        Console.WriteLine(string.Join('|', fields));
    }

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "F0" : "0.###", CultureInfo.InvariantCulture);
}
