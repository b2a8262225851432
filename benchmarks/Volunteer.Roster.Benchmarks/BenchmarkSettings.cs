namespace Volunteer.Roster.Benchmarks;

/// <summary>What one run measures, from the command line (<c>--volunteers N</c>), and the fixed knobs.</summary>
internal sealed record BenchmarkSettings(int Volunteers)
{
    public const string Usage = "usage: dotnet run -c Release --project benchmarks/Volunteer.Roster.Benchmarks [-- --volunteers N]  (N >= 40000)";

    /// <summary>
    /// Rows per measured import call, a large union's spreadsheet. The first call of the run (a fresh process,
    /// much of its code still tier-0 JIT) is shown on its own; the next <see cref="MeasuredRuns"/> calls are
    /// the figure, each against a binary COPY of its rows.
    /// </summary>
    public const int MeasuredImportRows = 10_000;

    public const int MeasuredRuns = 3;

    /// <summary>
    /// Rows per import call. The answer lists every row, so one call for 100,000 rows would pass the
    /// client's 4 MB message limit; 10,000 rows answer in well under 1 MB.
    /// </summary>
    public const int RowsPerImportCall = 10_000;

    /// <summary>Every n-th volunteer is approved, so the vetting filter has a realistic minority to find.</summary>
    public const int ApproveEvery = 10;

    /// <summary>Vetting calls at once, as several reviewers would work.</summary>
    public const int VettingConcurrency = 8;

    /// <summary>The deep page needs 21 pages of 50 in one city of 21; the measured calls need 40,000 rows.</summary>
    public const int MinimumVolunteers = 40_000;

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
