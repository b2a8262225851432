using Volunteer.Activity.Activities;
using Volunteer.Activity.Campaigns;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>
/// Reads an activity update: the masked values replace the stored ones and the whole plan is checked
/// again as PlanActivity checks it, so an edit can never store what planning would refuse.
/// </summary>
internal static class ActivityEditValidation
{
    public const int MaxParticipants = 1000;

    private static readonly Dictionary<string, Action<Proto.PlanActivityRequest, Proto.ActivityChanges>> Replace = new()
    {
        ["name"] = (plan, changes) => plan.Name = changes.Name,
        ["team_ids"] = (plan, changes) => Set(plan.TeamIds, changes.TeamIds),
        ["starts_on"] = (plan, changes) => plan.StartsOn = changes.StartsOn,
        ["ends_on"] = (plan, changes) => plan.EndsOn = changes.EndsOn,
        ["departs_on"] = (plan, changes) => plan.DepartsOn = changes.DepartsOn,
        ["returns_on"] = (plan, changes) => plan.ReturnsOn = changes.ReturnsOn,
        ["meeting_days"] = (plan, changes) => Set(plan.MeetingDays, changes.MeetingDays),
        ["place"] = (plan, changes) => plan.Place = changes.Place,
        ["region_code"] = (plan, changes) => plan.RegionCode = changes.RegionCode,
        ["leader_name"] = (plan, changes) => plan.LeaderName = changes.LeaderName,
        ["content"] = (plan, changes) => plan.Content = changes.Content,
        ["risk_statement"] = (plan, changes) => plan.RiskStatement = changes.RiskStatement,
        ["budget"] = (plan, changes) => plan.Budget = changes.Budget,
        ["outside_window_reason"] = (plan, changes) => plan.OutsideWindowReason = changes.OutsideWindowReason,
        ["mode_exception_reason"] = (plan, changes) => plan.ModeExceptionReason = changes.ModeExceptionReason,
        // Participants are not part of a plan: the use case drops those not kept.
        ["participant_ids"] = (_, _) => { },
    };

    public static ActivityEdit Parse(Proto.UpdateActivityRequest request, CampaignCalendar calendar)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        var paths = UpdateMask.Paths(request.UpdateMask, Replace.Keys, violations);
        FieldRules.OptionalText(request.Etag, 20, "etag", violations);
        var changes = request.Activity ?? new Proto.ActivityChanges();
        var kept = paths.Contains("participant_ids")
            ? FieldRules.Ids(changes.ParticipantIds, "activity.participant_ids", MaxParticipants, violations)
            : null;
        violations.ThrowIfAny();
        return new ActivityEdit(id!.Value, FieldRules.Trimmed(request.Etag), kept,
            current => UpdateMask.Within(
                "activity", () => PlanValidation.Parse(Merged(current, changes, paths), calendar)));
    }

    private static Proto.PlanActivityRequest Merged(
        ServiceActivity current, Proto.ActivityChanges changes, IReadOnlySet<string> paths)
    {
        var stored = current.ToProto(withParticipants: false);
        var plan = new Proto.PlanActivityRequest
        {
            UnionId = stored.UnionId, Name = stored.Name, Form = stored.Form, Domain = stored.Domain,
            Mode = stored.Mode, SiteId = stored.SiteId, NeedId = stored.NeedId, TeamIds = { stored.TeamIds },
            StartsOn = stored.StartsOn, EndsOn = stored.EndsOn,
            // Without travel the travel days follow the service days when those move.
            DepartsOn = stored.DepartsOn == stored.StartsOn ? "" : stored.DepartsOn,
            ReturnsOn = stored.ReturnsOn == stored.EndsOn ? "" : stored.ReturnsOn,
            Place = stored.Place, RegionCode = stored.RegionCode,
            LeaderName = stored.LeaderName, Content = stored.Content, RiskStatement = stored.RiskStatement,
            Budget = stored.Budget, OutsideWindowReason = stored.OutsideWindowReason,
            ModeExceptionReason = stored.ModeExceptionReason,
            MeetingDays = { stored.MeetingDays },
        };
        foreach (var path in paths)
        {
            Replace[path](plan, changes);
        }

        return plan;
    }

    private static void Set(Google.Protobuf.Collections.RepeatedField<string> target, IEnumerable<string> values)
    {
        target.Clear();
        target.Add(values);
    }
}
