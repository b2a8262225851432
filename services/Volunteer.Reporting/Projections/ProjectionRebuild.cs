using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Empties the read models and replays projected_events in order through the same projections.
/// Consumers wait meanwhile: the log is locked for the whole rebuild, which commits as one.
/// </summary>
public sealed class ProjectionRebuild(ReportingDbContext db, Projector projector)
{
    private const int BatchSize = 500;

    // Fixed table names from the model, never input.
    private static readonly string TruncateReadModels = "truncate " + string.Join(", ", ReadModelMapping.Tables);

    public Task<long> RebuildAsync(CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(ReplayAsync, cancellationToken);

    private async Task<long> ReplayAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("lock table projected_events in exclusive mode", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(TruncateReadModels, cancellationToken);
        long replayed = 0, after = 0;
        while (true)
        {
            var batch = await db.ProjectedEvents.AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var messages = batch.Select(logged =>
                JsonSerializer.Deserialize(logged.Payload, ProjectedEventTypes.Named(logged.Type), ProjectionLog.Json)!);
            // A batch at a time like live consumption, in one unit of work.
            await projector.ProjectAsync([.. messages], cancellationToken);
            db.ChangeTracker.Clear();
            replayed += batch.Count;
            after = batch[^1].Sequence;
        }

        await transaction.CommitAsync(cancellationToken);
        return replayed;
    }
}
