using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;

namespace Volunteer.Safety.Clearance;

/// <summary>
/// Whether an activity may start: a responsible person is named, the plan is approved, and every
/// confirmed participant is insured on every day from departure to return (travel days only under a
/// policy covering travel; overlapping policies combine) and has a current training of every required kind
/// (business, conduct and safety unless configured otherwise).
/// </summary>
public sealed class ClearanceRules(IOptions<ClearanceOptions> options)
{
    public const string NoResponsiblePerson = "NO_RESPONSIBLE_PERSON";
    public const string PlanNotApproved = "PLAN_NOT_APPROVED";
    public const string Uninsured = "UNINSURED";
    public const string NoSafetyTraining = "NO_SAFETY_TRAINING";
    public const string NoBusinessTraining = "NO_BUSINESS_TRAINING";
    public const string NoConductTraining = "NO_CONDUCT_TRAINING";

    public ClearanceVerdict Evaluate(ActivityDays activity, PlanFacts plan, IEnumerable<ParticipantFacts> participants)
    {
        var reasons = new List<ClearanceReason>();
        if (!plan.ResponsibleNamed)
        {
            reasons.Add(new ClearanceReason(NoResponsiblePerson, null, [], "安全预案未指定安全责任人"));
        }

        if (!plan.Approved)
        {
            reasons.Add(new ClearanceReason(PlanNotApproved, null, [], "安全预案尚未批准"));
        }

        foreach (var participant in participants.OrderBy(p => p.VolunteerId))
        {
            var uncovered = activity.Online ? [] : UncoveredDays(activity, participant.Cover);
            if (uncovered.Count > 0)
            {
                reasons.Add(new ClearanceReason(Uninsured, participant.VolunteerId, uncovered,
                    $"活动及往返行程中有 {uncovered.Count} 天未投保"));
            }

            foreach (var kind in options.Value.RequiredKinds.Where(kind => !HasCurrentTraining(activity,
                         participant.Trainings.Where(t => t.Kind == kind).Select(t => t.Date))))
            {
                reasons.Add(new ClearanceReason(TrainingKinds.MissingCode(kind), participant.VolunteerId, [],
                    $"活动首日前未接受{TrainingKinds.ChineseName(kind)}培训，"
                    + $"或培训已早于活动末日 {options.Value.TrainingValidityDays} 天"));
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
