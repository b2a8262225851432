namespace Volunteer.Roster.Benchmarks;

/// <summary>What one run measures, from the command line (<c>--volunteers N</c>), and the fixed knobs.</summary>
internal sealed record BenchmarkSettings(int Volunteers)
{
    public static readonly string Usage =
        "usage: dotnet run -c Release --project benchmarks/Volunteer.Roster.Benchmarks" +
        $" [-- --volunteers N]  (N >= {MinimumVolunteers})";

    /// <summary>
    /// Rows per measured import call, a large union's spreadsheet. The first call of the run (a fresh process,
    /// much of its code still tier-0 JIT) is shown on its own, then <see cref="WarmUpImportCalls"/> more are
    /// not counted; the next <see cref="MeasuredRuns"/> calls are the figure, each against a binary COPY of
    /// its rows.
    /// </summary>
    public const int MeasuredImportRows = 10_000;

    /// <summary>
    /// Calls after the first that are not counted: the tiered JIT goes on recompiling the service's code with
    /// the profile it gathered, and a run without them spread 5,805–11,996 rows/s over its measured calls.
    /// </summary>
    public const int WarmUpImportCalls = 2;

    public const int MeasuredRuns = 5;

    /// <summary>
    /// Rows per import call. The answer lists every row, so one call for 100,000 rows would pass the
    /// client's 4 MB message limit; 10,000 rows answer in well under 1 MB.
    /// </summary>
    public const int RowsPerImportCall = 10_000;

    /// <summary>Every n-th volunteer is approved, so the vetting filter has a realistic minority to find.</summary>
    public const int ApproveEvery = 10;

    /// <summary>Vetting calls at once, as several reviewers would work.</summary>
    public const int VettingConcurrency = 8;

    /// <summary>The first, warm-up and measured calls of <see cref="MeasuredImportRows"/> rows each.</summary>
    public const int MinimumVolunteers = (1 + WarmUpImportCalls + MeasuredRuns) * MeasuredImportRows;

    public const int WarmUpCalls = 20;

    public const int MeasuredCalls = 200;

    public const int PageSize = 50;

    /// <summary>Pages followed before the deep page is measured.</summary>
    public const int DeepPages = 20;

    /// <returns>The settings, or null when the arguments are not understood.</returns>
    public static BenchmarkSettings? Parse(string[] args)
    {
        var volunteers = 100_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--volunteers" && i + 1 < args.Length && int.TryParse(args[++i], out volunteers) && volunteers >= MinimumVolunteers)
            {
                continue;
            }

            return null;
        }

        return new BenchmarkSettings(volunteers);
    }
}
