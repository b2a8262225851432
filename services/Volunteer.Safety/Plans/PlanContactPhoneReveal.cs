using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Plans;

/// <summary>
/// Shows a plan's emergency-contact phones to those responsible for the activity (the edge has checked the
/// caller reaches it) under the same window as roster's participant phones, auditing each reveal before
/// it is returned; and lists those audits.
/// </summary>
public sealed class PlanContactPhoneReveal(
    SafetyDbContext db, ActivityDirectory activities, PersonalDataProtector protector,
    IOptions<ContactReachOptions> options, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<RevealedContact>> RevealAsync(
        Guid activityId, string reason, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(activityId, cancellationToken, live: true);
        var plan = await db.Plans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ActivityId == activity.Id, cancellationToken)
            ?? throw new NotFoundException(SafetyPlanDesk.ResourceType, activityId.ToString());
        ContactReachWindow.Demand(options.Value, CampaignClock.Today(timeProvider), activity.StartsOn, activity.EndsOn,
            $"{ActivityDirectory.ResourceType}/{activity.Id}", "应急联系人");

        List<RevealedContact> contacts = [.. plan.EmergencyContacts.Select(c => new RevealedContact(
            c.Name, c.Role, c.ProtectedPhone is { } phone ? protector.Decrypt(phone) : ""))];
        // Audited before it is returned: a phone that left without a trace is what the audit is for.
        db.PlanContactReveals.Add(PlanContactReveal.Of(caller, timeProvider.GetUtcNowForDatabase(), plan, reason,
            contacts.Count(c => c.Phone.Length > 0)));
        await db.SaveChangesAsync(cancellationToken);
        return contacts;
    }

    /// <summary>The activity's reveals, oldest first, a page at a time.</summary>
    public Task<(List<PlanContactReveal> Page, string NextPageToken)> ListAsync(
        Guid activityId, IdPage page, CancellationToken cancellationToken) =>
        page.ReadAsync(db.PlanContactReveals.AsNoTracking().Where(r => r.ActivityId == activityId), cancellationToken);
}
