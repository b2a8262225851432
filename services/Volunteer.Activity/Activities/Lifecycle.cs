using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>
/// The activity lifecycle: draft → submitted → cleared | blocked (safety's verdicts) → in progress →
/// completed → recorded; cancelled from any state before it starts.
/// </summary>
public static class Lifecycle
{
    private static readonly Dictionary<ActivityStatus, ActivityStatus[]> AllowedFrom = new()
    {
        [ActivityStatus.Submitted] = [ActivityStatus.Draft],
        [ActivityStatus.InProgress] = [ActivityStatus.Cleared],
        [ActivityStatus.Completed] = [ActivityStatus.InProgress],
        [ActivityStatus.Recorded] = [ActivityStatus.Completed],
        [ActivityStatus.Cancelled] = [ActivityStatus.Draft, ActivityStatus.Submitted, ActivityStatus.Cleared, ActivityStatus.Blocked],
    };

    public static bool CanMove(ActivityStatus from, ActivityStatus to) => AllowedFrom.TryGetValue(to, out var froms) && froms.Contains(from);

    /// <summary>Volunteers answer until the activity starts (a list, so queries can filter on it).</summary>
    public static readonly ActivityStatus[] AnsweringStatuses =
        [ActivityStatus.Draft, ActivityStatus.Submitted, ActivityStatus.Cleared, ActivityStatus.Blocked];

    public static bool TakesAnswers(ActivityStatus status) => AnsweringStatuses.Contains(status);

    /// <summary>A verdict moves an activity only while it waits for one; after it starts, it is only kept.</summary>
    public static ActivityStatus AfterVerdict(ActivityStatus current, bool cleared) =>
        current is ActivityStatus.Submitted or ActivityStatus.Cleared or ActivityStatus.Blocked
            ? cleared ? ActivityStatus.Cleared : ActivityStatus.Blocked
            : current;

    public static void Demand(ServiceActivity activity, ActivityStatus to)
    {
        if (!CanMove(activity.Status, to))
        {
            throw new RuleBrokenException("ILLEGAL_TRANSITION", $"{ServiceActivity.ResourceType}/{activity.Id}",
                $"活动当前状态为{ActivityLabels.Of(activity.Status)}，不能变为{ActivityLabels.Of(to)}；"
                + $"须处于{string.Join("或", AllowedFrom[to].Select(s => ActivityLabels.Of(s)))}。");
        }
    }
}
