using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Projections;

/// <summary>Sites, needs, activity plans and lifecycle, participants; statuses only ever advance.</summary>
public sealed class ActivityProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(SiteRegistered e, CancellationToken ct) =>
        await db.Sites.FindOrAddAsync([e.SiteId], () => new SiteRow
        {
            Id = e.SiteId, UnionId = e.UnionId, Name = e.Name, Kind = e.Kind, RegionCode = e.RegionCode, Mode = e.Mode,
        }, ct);

    public async Task ApplyAsync(NeedRegistered e, CancellationToken ct)
    {
        var need = await Need(e.NeedId, e.SiteId, e.UnionId, ct);
        need.Title = e.Title;
        need.Domain = e.Domain;
    }

    public async Task ApplyAsync(NeedMatched e, CancellationToken ct)
    {
        var need = await Need(e.NeedId, e.SiteId, e.UnionId, ct);
        if (!need.MatchedTeamIds.Contains(e.TeamId))
        {
            need.MatchedTeamIds = [.. need.MatchedTeamIds, e.TeamId];
        }
    }

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

    private Task<NeedRow> Need(Guid id, Guid siteId, Guid unionId, CancellationToken ct) =>
        db.Needs.FindOrAddAsync([id], () => new NeedRow { Id = id, SiteId = siteId, UnionId = unionId }, ct);

    private Task<ParticipantRow> Participant(Guid activityId, Guid volunteerId, CancellationToken ct) =>
        db.Participants.FindOrAddAsync([activityId, volunteerId], () => new ParticipantRow { ActivityId = activityId, VolunteerId = volunteerId }, ct);
}
