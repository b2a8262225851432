using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// Sends each event of a batch to the projection that owns it. The consumer and the rebuild both come
/// through here, a batch at a time, so a replay builds exactly what live consumption built.
/// </summary>
public sealed class Projector(
    ReportingDbContext db,
    RosterProjection roster,
    SiteProjection site,
    ActivityProjection activity,
    OutcomeProjection outcome,
    CorrectionProjection correction,
    SafetyProjection safety,
    DigestStaleness staleness)
{
    // Only projections write the read models, so a batch may set their changed rows whole.
    private static readonly HashSet<string> ReadModelTables = [.. ReadModelMapping.Tables];

    /// <summary>
    /// Applies the events in order, each table they touch loaded once for all, and saves what they changed in
    /// the caller's transaction.
    /// </summary>
    public async Task ProjectAsync(IReadOnlyList<object> messages, CancellationToken cancellationToken)
    {
        // Projections change only rows they track: detected once, before saving, rather than on every lookup.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // A failed save fails the caller's whole transaction, so a savepoint around it would be two round trips
        // for nothing.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            using (BatchRows.Begin(db, messages))
            {
                foreach (var message in messages)
                {
                    await ApplyAsync(message, cancellationToken);
                }
            }

            await staleness.MarkAsync(cancellationToken);
            db.ChangeTracker.DetectChanges();
            // A batch adds and changes hundreds of rows: a statement per table rather than one per row.
            await AddedRows.CopyAsync(db, cancellationToken);
            await ModifiedRows.UpdateAsync(db, ReadModelTables, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.Database.AutoSavepointsEnabled = true;
        }
    }

    private Task ApplyAsync(object message, CancellationToken cancellationToken) => message switch
    {
        UnionRegistered e => roster.ApplyAsync(e, cancellationToken),
        VolunteerRegistered e => roster.ApplyAsync(e, cancellationToken),
        VolunteerVetted e => roster.ApplyAsync(e, cancellationToken),
        VolunteerProfileChanged e => roster.ApplyAsync(e, cancellationToken),
        TeamFormed e => roster.ApplyAsync(e, cancellationToken),
        TeamActivated e => roster.ApplyAsync(e, cancellationToken),
        TeamRenamed e => roster.ApplyAsync(e, cancellationToken),
        TeamMemberJoined e => roster.ApplyAsync(e, cancellationToken),
        TeamMemberLeft e => roster.ApplyAsync(e, cancellationToken),
        TeamDisbanded e => roster.ApplyAsync(e, cancellationToken),
        TrainingRecorded e => roster.ApplyAsync(e, cancellationToken),
        AwardRecorded e => roster.ApplyAsync(e, cancellationToken),
        SiteRegistered e => site.ApplyAsync(e, cancellationToken),
        SiteUpdated e => site.ApplyAsync(e, cancellationToken),
        NeedRegistered e => site.ApplyAsync(e, cancellationToken),
        NeedUpdated e => site.ApplyAsync(e, cancellationToken),
        NeedMatched e => site.ApplyAsync(e, cancellationToken),
        ActivityPlanned e => activity.ApplyAsync(e, cancellationToken),
        ActivitySubmitted e => activity.ApplyAsync(e, cancellationToken),
        ParticipantConfirmed e => activity.ApplyAsync(e, cancellationToken),
        ParticipantWithdrew e => activity.ApplyAsync(e, cancellationToken),
        ActivityStarted e => activity.ApplyAsync(e, cancellationToken),
        ActivityCancelled e => activity.ApplyAsync(e, cancellationToken),
        AttendanceRecorded e => outcome.ApplyAsync(e, cancellationToken),
        AttendanceCorrected e => correction.ApplyAsync(e, cancellationToken),
        HoursApproved e => outcome.ApplyAsync(e, cancellationToken),
        ActivityCompleted e => outcome.ApplyAsync(e, cancellationToken),
        ActivityRecorded e => outcome.ApplyAsync(e, cancellationToken),
        PolicyRegistered e => safety.ApplyAsync(e, cancellationToken),
        PersonsInsured e => safety.ApplyAsync(e, cancellationToken),
        PolicyExpiring e => safety.ApplyAsync(e, cancellationToken),
        SafetyPlanApproved e => safety.ApplyAsync(e, cancellationToken),
        ActivityClearanceChanged e => safety.ApplyAsync(e, cancellationToken),
        IncidentReported e => safety.ApplyAsync(e, cancellationToken),
        IncidentClosed e => safety.ApplyAsync(e, cancellationToken),
        _ => throw new InvalidOperationException($"No projection for {message.GetType().Name}."),
    };
}
