using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Withdraws an approved vetting: from then on eligibility answers VETTING_REVOKED, so the volunteer joins no
/// new activity or team as a volunteer. The approval (reviewer, date, reason) and every past record stay.
/// </summary>
public sealed class VettingRevocation(RosterDbContext db, VolunteerRegistry volunteers, TimeProvider timeProvider)
{
    /// <param name="reason">Why, trimmed and bounded by the edge.</param>
    public async Task<StaffVolunteer> RevokeAsync(
        Guid volunteerId, string reason, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var volunteer = await volunteers.FindAsync(volunteerId, cancellationToken, tracked: true);
        // A repeat keeps the first revocation: that is when the approval stopped counting.
        if (volunteer.Vetting == VettingState.Revoked)
        {
            return volunteer;
        }

        if (volunteer.Vetting != VettingState.Approved)
        {
            throw new RuleBrokenException("VETTING_NOT_APPROVED", $"volunteer.roster.v1.StaffVolunteer/{volunteer.Id}",
                "只有审核已通过的志愿者才能撤销审核。");
        }

        volunteer.Vetting = VettingState.Revoked;
        volunteer.VettingRevokedBy = caller.Subject;
        volunteer.VettingRevokedAt = volunteer.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        volunteer.VettingRevocationReason = reason;
        db.AddIntegrationEvent(
            new VolunteerVetted(volunteer.Id, volunteer.UnionId, "revoked", volunteer.VettingRevokedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return volunteer;
    }
}
