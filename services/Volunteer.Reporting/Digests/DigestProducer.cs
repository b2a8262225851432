using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Projections;
using Volunteer.Reporting.Scope;
using Volunteer.Reporting.Telemetry;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Digests;

/// <summary>
/// Produces each version of a digest exactly once per (kind, scope, period): the row is inserted first
/// as a claim in the transaction that then fills it and queues DigestPublished, so a replica racing for
/// the same version waits on the unique index, fails, and returns the winner's digest without producing anything.
/// </summary>
public sealed class DigestProducer(
    ReportingDbContext db, DigestComposer composer, DigestPeriods periods, DigestFiles files, TimeProvider timeProvider,
    ReportingMetrics metrics)
{
    public const string Province = "province";
    private const string RaiseQueryMemory = "set local work_mem = '64MB'";
    public static string ScopeKey(ReportScope scope) => scope.Unions is null ? Province : scope.RootId!.Value.ToString();

    /// <summary>The first version of the digest, or its latest version when it exists already.</summary>
    public async Task<(DigestRow Digest, bool Created)> ProduceAsync(
        string kind, ReportScope scope, ReportPeriod period, string trigger, CancellationToken ct) =>
        await LatestAsync(kind, ScopeKey(scope), period.Start, ct) is { } existing
            ? (existing, false)
            : await ClaimAsync(kind, scope, period, trigger, previous: null, ct);

    /// <summary>The version after <paramref name="previous"/>, listing the figures that changed since it.</summary>
    public Task<(DigestRow Digest, bool Created)> ReviseAsync(
        DigestRow previous, ReportScope scope, string trigger, CancellationToken ct) =>
        ClaimAsync(previous.Kind, scope, new(previous.PeriodStart, previous.PeriodEnd), trigger, previous, ct);

    private async Task<(DigestRow Digest, bool Created)> ClaimAsync(
        string kind, ReportScope scope, ReportPeriod period, string trigger, DigestRow? previous, CancellationToken ct)
    {
        var produced = await db.Database.CreateExecutionStrategy()
            .ExecuteAsync(ct, token => ClaimAndFillAsync(kind, scope, period, trigger, previous, token));
        if (produced is null)
        {
            var winner = await LatestAsync(kind, ScopeKey(scope), period.Start, ct);
            return (winner ?? throw new InvalidOperationException("The winning digest vanished."), false);
        }

        metrics.DigestProduced(kind, trigger);
        await files.WriteAsync(produced, ct);
        return (produced, true);
    }

    private async Task<DigestRow?> ClaimAndFillAsync(
        string kind, ReportScope scope, ReportPeriod period, string trigger, DigestRow? previous, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Grouping a campaign year's rows (activities, team totals) can overflow the default 4MB into
        // temporary files; LOCAL ends with the transaction, so pooled connections keep the default.
        await db.Database.ExecuteSqlRawAsync(RaiseQueryMemory, ct);
        var digest = new DigestRow
        {
            Id = Guid.CreateVersion7(), Kind = kind, ScopeKey = ScopeKey(scope), UnionId = scope.RootId, ScopeName = scope.RootName,
            PeriodStart = period.Start, PeriodEnd = period.End, ProducedAt = timeProvider.GetUtcNowForDatabase(), Trigger = trigger,
            Version = (previous?.Version ?? 0) + 1, FinalFrom = periods.FinalFrom(period),
        };
        db.Digests.Add(digest);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Of(e))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }

        var content = await composer.ComposeAsync(kind, scope, period, ct);
        var changes = previous is null
            ? []
            : DigestFigures.Changes(DigestRenderer.Parse(previous.Content).Figures, content.Figures);
        content = content with { Edition = new DigestEdition(digest.Version, digest.FinalFrom, changes) };
        digest.Content = JsonSerializer.Serialize(content, ProjectionLog.Json);
        db.AddIntegrationEvent(new DigestPublished(digest.Id, kind, scope.Unions is null ? null : scope.RootId, period.Start, period.End, trigger, digest.ProducedAt));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return digest;
    }

    private Task<DigestRow?> LatestAsync(string kind, string scopeKey, DateOnly start, CancellationToken ct) =>
        db.Digests.AsNoTracking().Where(d => d.Kind == kind && d.ScopeKey == scopeKey && d.PeriodStart == start)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
}
