using Volunteer.Activity.Participants;
using Volunteer.Contracts.Events;

namespace Volunteer.Activity.Activities;

/// <summary>The events that carry an activity's plan, built alike when it is planned, submitted or edited.</summary>
internal static class ActivityEvents
{
    /// <summary>The plan as it now stands: after an edit it is announced again with the new values.</summary>
    public static ActivityPlanned Planned(ServiceActivity activity) => new(
        activity.Id, activity.UnionId, activity.CampaignYear, activity.Name, EventNames.Of(activity.Form),
        EventNames.Of(activity.Domain), EventNames.Of(activity.Mode), activity.SiteId, activity.NeedId,
        activity.TeamIds, activity.StartsOn, activity.EndsOn, activity.Place, activity.RegionCode,
        activity.LeaderName, activity.Content, activity.OutsideWindowReason is not null, activity.PlannedAt);

    /// <summary>The dates and every confirmed participant, which safety takes as the whole list.</summary>
    public static ActivitySubmitted Submitted(ServiceActivity activity, DateTimeOffset at) => new(
        activity.Id, activity.UnionId, activity.Name, EventNames.Of(activity.Form), activity.StartsOn,
        activity.EndsOn, activity.DepartsOn, activity.ReturnsOn, activity.Online,
        [.. activity.Participants.Where(p => p.Status == ParticipantStatus.Confirmed)
            .Select(p => p.VolunteerId).Order()],
        at, activity.TeamIds);
}
