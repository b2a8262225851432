using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;

namespace Volunteer.Safety.Clearance;

/// <summary>
/// Whether an activity may start: a responsible person is named, the plan is approved, and every
/// confirmed participant is insured on every day from departure to return (travel days only under a
/// policy covering travel; overlapping policies combine) and has a current safety training.
/// </summary>
public sealed class ClearanceRules(IOptions<ClearanceOptions> options)
{
    public const string NoResponsiblePerson = "NO_RESPONSIBLE_PERSON";
    public const string PlanNotApproved = "PLAN_NOT_APPROVED";
    public const string Uninsured = "UNINSURED";
    public const string NoSafetyTraining = "NO_SAFETY_TRAINING";

    public ClearanceVerdict Evaluate(ActivityDays activity, PlanFacts plan, IEnumerable<ParticipantFacts> participants)
    {
        var reasons = new List<ClearanceReason>();
        if (!plan.ResponsibleNamed)
        {
            reasons.Add(new ClearanceReason(NoResponsiblePerson, null, [], "The safety plan names no responsible person."));
        }

        if (!plan.Approved)
        {
            reasons.Add(new ClearanceReason(PlanNotApproved, null, [], "The safety plan is not approved."));
        }

        foreach (var participant in participants.OrderBy(p => p.VolunteerId))
        {
            var uncovered = activity.Online ? [] : UncoveredDays(activity, participant.Cover);
            if (uncovered.Count > 0)
            {
                reasons.Add(new ClearanceReason(Uninsured, participant.VolunteerId, uncovered,
                    $"Not insured on {uncovered.Count} day(s) of the activity or its travel."));
            }

            if (!HasCurrentTraining(activity, participant.SafetyTrainings))
            {
                reasons.Add(new ClearanceReason(NoSafetyTraining, participant.VolunteerId, [],
                    $"No safety training on or before the first day and within {options.Value.TrainingValidityDays} days of the last."));
            }
        }

        return new ClearanceVerdict(reasons);
    }

    /// <summary>The days from departure to return on which no policy covers the person.</summary>
    public static IReadOnlyList<DateOnly> UncoveredDays(ActivityDays activity, IReadOnlyList<CoverPeriod> cover) =>
        [.. activity.AllDays().Where(day => !cover.Any(c => c.Includes(day) && (c.TravelCovered || !activity.IsTravelDay(day))))];

    /// <summary>A training taken by the first day that is not older than the validity on the last day.</summary>
    public bool HasCurrentTraining(ActivityDays activity, IEnumerable<DateOnly> trainings)
    {
        var oldestValid = activity.EndsOn.AddDays(-options.Value.TrainingValidityDays);
        return trainings.Any(date => date <= activity.StartsOn && date >= oldestValid);
    }
}
