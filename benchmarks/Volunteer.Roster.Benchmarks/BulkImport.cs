using System.Diagnostics;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Streams rows through the client-streaming import, one call after another as a union uploading its
/// spreadsheets would. Rows are built as they are written, so memory does not grow with the roster.
/// </summary>
internal static class BulkImport
{
    public static async Task<ImportOutcome> RunAsync(
        RosterService.RosterServiceClient client, Func<Metadata> caller, IReadOnlyList<Union> cities, int firstRow, int rows)
    {
        var toApprove = new List<string>();
        var calls = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var start = firstRow; start < firstRow + rows; start += BenchmarkSettings.RowsPerImportCall)
        {
            var end = Math.Min(start + BenchmarkSettings.RowsPerImportCall, firstRow + rows);
            using var call = client.ImportStaffVolunteers(caller());
            for (var row = start; row < end; row++)
            {
                await call.RequestStream.WriteAsync(new ImportStaffVolunteersRequest { Row = VolunteerRows.Build(row, cities) });
            }

            await call.RequestStream.CompleteAsync();
            var response = await call;
            calls++;
            // A refused row would make the figures describe a different roster; better to stop and say why.
            if (response.Rejected > 0)
            {
                var bad = response.Rows.First(r => r.Errors.Count > 0);
                throw new InvalidOperationException(
                    $"Row {start + bad.RowNumber - 1} was refused: {string.Join("; ", bad.Errors.Select(e => $"{e.Field}: {e.Description}"))}");
            }

            toApprove.AddRange(response.Rows
                .Where(r => (start + r.RowNumber - 1) % BenchmarkSettings.ApproveEvery == 0)
                .Select(r => r.VolunteerId));
        }

        return new ImportOutcome(rows, calls, stopwatch.Elapsed, toApprove);
    }
}
