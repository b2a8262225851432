using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

/// <summary>
/// The service part of the records of the volunteers of a union subtree (by their own union, not the
/// organiser's) in a period, for roster to join to the people it alone may name. Streamed in batches
/// as the rows are read, by day, volunteer and activity.
/// </summary>
public sealed class ServiceEntryExport(ReportingDbContext db, RecordExportScope exportScope)
{
    private const int BatchSize = 500;

    public async Task ExportAsync(
        RecordExport export, PlatformCaller caller, Func<Proto.ExportServiceEntriesResponse, Task> send,
        CancellationToken ct)
    {
        var (start, end) = (export.Start, export.End);
        var (ids, unionNames) = await exportScope.ResolveAsync(export, caller, ct);
        var everywhere = ids is null;

        var rows = db.ServiceLines.AsNoTracking()
            .Where(l => l.Day >= start && l.Day <= end)
            .Join(db.Volunteers, l => l.VolunteerId, v => v.Id, (l, v) => new { Line = l, v.UnionId })
            .Where(x => everywhere || ids!.Contains(x.UnionId))
            .Join(db.Activities, x => x.Line.ActivityId, a => a.Id, (x, a) => new { x.Line, Activity = a })
            .OrderBy(x => x.Line.Day).ThenBy(x => x.Line.VolunteerId).ThenBy(x => x.Line.ActivityId)
            .AsAsyncEnumerable();

        var batch = new Proto.ExportServiceEntriesResponse();
        await foreach (var row in rows.WithCancellation(ct))
        {
            batch.Entries.Add(new Proto.VolunteerServiceEntry
            {
                VolunteerId = row.Line.VolunteerId.ToString(), Entry = row.Line.ToProto(row.Activity, unionNames),
            });
            if (batch.Entries.Count == BatchSize)
            {
                await send(batch);
                batch = new Proto.ExportServiceEntriesResponse();
            }
        }

        if (batch.Entries.Count > 0)
        {
            await send(batch);
        }
    }
}
