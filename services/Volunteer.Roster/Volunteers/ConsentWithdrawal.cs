using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// A volunteer withdraws their consents (PIPL Art. 15): eligibility answers NO_CONSENT from then on and no
/// export carries their ID number; ConsentWithdrawn tells activity to withdraw them from every activity not yet
/// started. Nothing is erased: the service records, and the encrypted ID number that
/// says whose they are, are kept as the rules on volunteer service records require.
/// </summary>
public sealed class ConsentWithdrawal(RosterDbContext db, VolunteerRegistry volunteers, TimeProvider timeProvider)
{
    public async Task<StaffVolunteer> WithdrawAsync(
        Guid volunteerId, string? reason, CancellationToken cancellationToken)
    {
        var volunteer = await volunteers.FindAsync(volunteerId, cancellationToken, tracked: true);
        // A repeat keeps the first withdrawal: that is when processing had to stop.
        if (volunteer.ConsentWithdrawnAt is null)
        {
            volunteer.ConsentWithdrawnAt = volunteer.UpdatedAt = timeProvider.GetUtcNowForDatabase();
            volunteer.ConsentWithdrawalReason = reason;
            db.AddIntegrationEvent(
                new ConsentWithdrawn(volunteer.Id, volunteer.UnionId, volunteer.ConsentWithdrawnAt.Value));
            await db.SaveChangesAsync(cancellationToken);
        }

        return volunteer;
    }
}
