using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>Activity plans and lifecycle, participants; statuses only ever advance.</summary>
public sealed class ActivityProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(ActivityPlanned e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        activity.CampaignYear = e.CampaignYear;
        activity.Name = e.Name;
        activity.Form = e.Form;
        activity.Domain = e.Domain;
        activity.Mode = e.Mode;
        activity.SiteId = e.SiteId;
        activity.TeamIds = [.. e.TeamIds];
        activity.StartsOn = e.StartsOn;
        activity.EndsOn = e.EndsOn;
        activity.Place = e.Place;
        activity.LeaderName = e.LeaderName;
        activity.Content = e.Content;
    }

    public async Task ApplyAsync(ActivitySubmitted e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        activity.Status = ActivityStatuses.Advance(activity.Status, ActivityStatuses.Submitted);
        // The submission's dates are the latest word on them (a stub has none yet).
        activity.StartsOn = e.StartsOn;
        activity.EndsOn = e.EndsOn;
        foreach (var volunteerId in e.ParticipantIds)
        {
            await Participant(e.ActivityId, volunteerId, ct);
        }
    }

    public async Task ApplyAsync(ParticipantConfirmed e, CancellationToken ct)
    {
        var participant = await Participant(e.ActivityId, e.VolunteerId, ct);
        participant.TeamId = e.TeamId;
        if (participant.ConfirmedAt is null || e.ConfirmedAt > participant.ConfirmedAt)
        {
            participant.ConfirmedAt = e.ConfirmedAt;
        }
    }

    public async Task ApplyAsync(ParticipantWithdrew e, CancellationToken ct)
    {
        var participant = await Participant(e.ActivityId, e.VolunteerId, ct);
        if (participant.WithdrewAt is null || e.WithdrewAt > participant.WithdrewAt)
        {
            participant.WithdrewAt = e.WithdrewAt;
        }
    }

    public async Task ApplyAsync(ActivityStarted e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        activity.Status = ActivityStatuses.Advance(activity.Status, ActivityStatuses.InProgress);
    }

    public async Task ApplyAsync(ActivityCancelled e, CancellationToken ct)
    {
        var activity = await db.Activity(e.ActivityId, e.UnionId, ct);
        activity.Status = ActivityStatuses.Advance(activity.Status, ActivityStatuses.Cancelled);
        activity.CancelledAt = e.CancelledAt;
    }

    private Task<ParticipantRow> Participant(Guid activityId, Guid volunteerId, CancellationToken ct) =>
        db.Participants.FindOrAddAsync([activityId, volunteerId], () => new ParticipantRow { ActivityId = activityId, VolunteerId = volunteerId }, ct);
}
