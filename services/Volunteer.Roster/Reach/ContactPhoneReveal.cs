using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Reach;

/// <summary>
/// Shows a participant's phones to those responsible for the activity (the edge has checked the caller
/// reaches the activity), only while the activity is near, and audits each reveal before it is returned.
/// </summary>
public sealed class ContactPhoneReveal(
    RosterDbContext db, PersonalDataProtector protector, IOptions<ContactReachOptions> options,
    TimeProvider timeProvider)
{
    public async Task<RevealedPhones> RevealAsync(
        PhoneRevealRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await db.ParticipatedActivities.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.Activity, request.ActivityId.ToString());
        var subject = $"{ResourceTypes.Activity}/{activity.Id}";
        if (activity.Cancelled)
        {
            throw Refusal("ACTIVITY_CANCELLED", subject, "活动已取消，不能再查看参与者的电话。");
        }

        var participates = await db.ActivityParticipants.AnyAsync(p => p.ActivityId == activity.Id
            && p.VolunteerId == request.VolunteerId && p.Confirmed, cancellationToken);
        var volunteer = participates
            ? await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VolunteerId, cancellationToken)
            : null;
        if (volunteer is null)
        {
            throw Refusal("NOT_A_PARTICIPANT", subject, "该志愿者不是本活动已确认的参与者。");
        }

        ContactReachWindow.Demand(
            options.Value, CampaignClock.Today(timeProvider), activity.StartsOn, activity.EndsOn, subject, "参与者");

        // Audited before it is returned: a phone that left without a trace is what the audit is for.
        db.Disclosures.Add(Disclosure.OfContactPhones(
            caller, timeProvider.GetUtcNowForDatabase(), volunteer, activity.Id, request.Reason));
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedPhones(volunteer.Id, volunteer.Name, protector.Decrypt(volunteer.PhoneEncrypted),
            volunteer.EmergencyContactName, volunteer.EmergencyContactRelationship,
            volunteer.EmergencyContactPhoneEncrypted is { } contact ? protector.Decrypt(contact) : null);
    }

    private static RuleBrokenException Refusal(string reason, string subject, string description) =>
        new([new RuleViolation(reason, subject, description)], description, reason);
}
