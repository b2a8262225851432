using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing.Benchmarking;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// The import's figure in steady state against binary COPY of the same rows. Warm-up calls come first and
/// are not counted (the service's code is still being recompiled by the tiered JIT), as the reads'
/// warm-up is not. Each measured call and each COPY then starts from the same state: the relay has
/// published every event and the tables are vacuumed and analyzed, so no autovacuum worker set off by the
/// previous load runs beside it.
/// </summary>
internal sealed class ImportVersusCopy(
    RosterService.RosterServiceClient client, Func<Metadata> caller, IReadOnlyList<Union> cities, string database)
{
    private const int Rows = BenchmarkSettings.MeasuredImportRows;

    public List<ImportOutcome> WarmUp { get; } = [];

    public List<ImportOutcome> Measured { get; } = [];

    /// <summary>The first row after the rows this measurement imported.</summary>
    public int NextRow { get; private set; }

    /// <returns>Rows per second of the measured calls and of the COPY of their rows.</returns>
    public async Task<(Sample Import, Sample Copy)> RunAsync(int firstRow)
    {
        NextRow = firstRow;
        for (var call = 0; call < BenchmarkSettings.WarmUpImportCalls; call++)
        {
            WarmUp.Add(await ImportAsync());
        }

        var copyRuns = new List<double>();
        var import = await Sample.OfAsync(BenchmarkSettings.MeasuredRuns, async () =>
        {
            var rowsFrom = NextRow;
            await SettleAsync();
            Measured.Add(await ImportAsync());
            await SettleAsync();
            copyRuns.Add(await CopyBaseline.MeasureAsync(database, cities, rowsFrom, Rows));
            return Measured[^1].RowsPerSecond;
        });
        return (import, new Sample(copyRuns));
    }

    private async Task<ImportOutcome> ImportAsync()
    {
        var outcome = await BulkImport.RunAsync(client, caller, cities, NextRow, Rows);
        NextRow += Rows;
        return outcome;
    }

    private async Task SettleAsync()
    {
        await DatabaseChores.WaitForOutboxAsync(database, TimeSpan.FromMinutes(2));
        await DatabaseChores.VacuumAnalyzeAsync(database);
    }
}
