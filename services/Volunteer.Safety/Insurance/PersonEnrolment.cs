using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Safety.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Insurance;

/// <summary>
/// Puts volunteers on a policy's insured list, by name list or as an activity's confirmed participants,
/// and recomputes the clearance of the activities they take part in, in the same transaction. The edge has
/// checked that the caller reaches the policy, the activity and every listed volunteer (each known from
/// the roster); an activity's participants from unions out of the caller's reach are left to their own union.
/// </summary>
public sealed class PersonEnrolment(SafetyDbContext db, PolicyRegistry registry, ActivityDirectory activities,
    KnownUnions unions, ClearanceEvaluation clearance, TimeProvider timeProvider)
{
    public async Task<List<NamedInsuredPeriod>> EnrolAsync(
        ValidEnrolment enrolment, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (volunteerIds, activityId) = (enrolment.VolunteerIds, enrolment.ActivityId);
        var (from, to) = (enrolment.From, enrolment.To);
        var policy = await registry.FindAsync(enrolment.PolicyId, cancellationToken);
        if (activityId is { } id)
        {
            var activity = await activities.FindAsync(id, cancellationToken, live: true);
            volunteerIds = await ParticipantsInReachAsync(activity.Id, caller, cancellationToken);
            (from, to) = (from ?? activity.DepartsOn, to ?? activity.ReturnsOn);
        }
        else
        {
            await DemandKnownAsync(volunteerIds, cancellationToken);
        }

        var (first, last) = (from ?? policy.CoversFrom, to ?? policy.CoversTo);
        CheckWithinPolicy(policy, first, last);
        var existing = await db.InsuredPeriods.AsNoTracking()
            .Where(i => i.PolicyId == policy.Id && volunteerIds.Contains(i.VolunteerId) && i.From == first && i.To == last)
            .ToListAsync(cancellationToken);
        var enrolledAt = timeProvider.GetUtcNowForDatabase();
        var added = volunteerIds.Except(existing.Select(i => i.VolunteerId)).Select(volunteerId => new InsuredPeriod
        {
            Id = Guid.CreateVersion7(),
            PolicyId = policy.Id,
            VolunteerId = volunteerId,
            From = first,
            To = last,
            ActivityId = activityId,
            EnrolledAt = enrolledAt,
        }).ToList();
        if (added.Count > 0)
        {
            db.InsuredPeriods.AddRange(added);
            db.AddIntegrationEvent(new PersonsInsured(policy.Id, policy.HolderUnionId, activityId,
                [.. added.Select(i => new InsuredPerson(i.VolunteerId, i.From, i.To))], enrolledAt));
            await clearance.RecomputeForVolunteersAsync([.. added.Select(i => i.VolunteerId)], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var names = await VolunteerNames.ForAsync(db, volunteerIds, cancellationToken);
        return [.. existing.Concat(added).Select(i => new NamedInsuredPeriod(i, names.GetValueOrDefault(i.VolunteerId)))];
    }

    private static void CheckWithinPolicy(Policy policy, DateOnly from, DateOnly to)
    {
        var violations = new FieldViolations();
        var period = $"{policy.CoversFrom.ToText()}至{policy.CoversTo.ToText()}";
        if (from < policy.CoversFrom || from > policy.CoversTo)
        {
            violations.Add("from", $"须在保单保障期{period}之内");
        }

        if (to < policy.CoversFrom || to > policy.CoversTo)
        {
            violations.Add("to", $"须在保单保障期{period}之内");
        }
        else if (to < from)
        {
            violations.Add("to", FieldTexts.NotBefore("from"));
        }

        violations.ThrowIfAny();
    }

    // Names and cover of another union's volunteers are that union's business, even in a shared activity.
    private async Task<List<Guid>> ParticipantsInReachAsync(
        Guid activityId, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var participants = db.Participations.Where(p => p.ActivityId == activityId && p.Confirmed)
            .Select(p => p.VolunteerId);
        if (await unions.VisibleAsync(caller, null, cancellationToken) is { } visible)
        {
            participants = participants.Where(id => db.Volunteers.Any(v => v.Id == id && visible.Contains(v.UnionId)));
        }

        return await participants.Order().ToListAsync(cancellationToken);
    }

    // Enrolling by list takes only volunteers the roster has told us about: a mistyped id is refused, not
    // insured. The edge has refused unknown ones for everyone but provincial admins, who reach everything.
    // The list is as given (each id valid, none repeated), so an index names the request's entry.
    private async Task DemandKnownAsync(List<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        var known = (await db.Volunteers.Where(v => volunteerIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken)).ToHashSet();
        var violations = new FieldViolations();
        for (var i = 0; i < volunteerIds.Count; i++)
        {
            if (!known.Contains(volunteerIds[i]))
            {
                violations.Add($"volunteer_ids[{i}]", "不是志愿者名册中登记的志愿者");
            }
        }

        violations.ThrowIfAny();
    }
}
