using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Projections;

/// <summary>Appends a batch's events to projected_events in one statement, numbered in the batch's order.</summary>
internal static class ProjectedEventWriter
{
    // Fixed names, never input; the values are array parameters. unnest yields the arrays' elements in
    // order and the insert numbers the rows as they come, so the sequence follows the batch.
    private const string Insert = "insert into projected_events (type, payload, message_id, occurred_at) "
        + "select * from unnest({0}::text[], {1}::jsonb[], {2}::uuid[], {3}::timestamptz[])";

    public static Task AppendAsync(ReportingDbContext db, IReadOnlyList<ProjectedEvent> events, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(Insert,
            [
                events.Select(e => e.Type).ToArray(), events.Select(e => e.Payload).ToArray(),
                events.Select(e => e.MessageId!.Value).ToArray(), events.Select(e => e.OccurredAt).ToArray(),
            ], ct);
}
