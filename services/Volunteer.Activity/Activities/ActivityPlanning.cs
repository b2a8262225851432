using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Sites;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.UnionTree;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Activities;

/// <summary>Plans a draft activity and proposes its teams' current members (who then opt in themselves).</summary>
public sealed class ActivityPlanning(
    ActivityDbContext db, KnownUnions unions, CampaignCalendar calendar, TimeProvider timeProvider)
{
    public async Task<ServiceActivity> PlanAsync(ValidPlan plan, CancellationToken cancellationToken)
    {
        // The edge admitted the caller to the union: a repeat is looked for within it only.
        if (plan.RequestId is { } requestId
            && await db.Activities.Include(a => a.Participants)
                .FirstOrDefaultAsync(a => a.UnionId == plan.UnionId && a.RequestId == requestId, cancellationToken)
                is { } earlier)
        {
            return earlier;
        }

        var modeExceptionReason = await ModeExceptionReasonAsync(plan, "", cancellationToken);
        await CheckSiteAndNeedAsync(plan, cancellationToken);
        var teams = await TeamsAsync(plan.TeamIds, cancellationToken);
        var activity = NewActivity(plan, modeExceptionReason, timeProvider.GetUtcNowForDatabase());
        activity.Participants.AddRange(Proposed(activity.Id, teams));
        db.Activities.Add(activity);
        db.AddIntegrationEvent(ActivityEvents.Planned(activity));
        await db.SaveChangesAsync(cancellationToken);
        return activity;
    }

    /// <summary>
    /// The reason to keep for a plan whose mode, organiser and payer depart from the program's pairing
    /// (null when they do not); a departing plan without one is refused, naming the fields at fieldPrefix.
    /// Planning and editing both ask here, so an edit can never store a departure planning would refuse.
    /// </summary>
    public async Task<string?> ModeExceptionReasonAsync(
        ValidPlan plan, string fieldPrefix, CancellationToken cancellationToken)
    {
        var union = await unions.FindAsync(plan.UnionId, cancellationToken)
            ?? throw new NotFoundException(ResourceTypes.Union, plan.UnionId.ToString());
        var mismatches = AssistanceModeRules.Mismatches(plan.Mode, union.Kind, plan.Budget.Source, fieldPrefix);
        if (plan.ModeExceptionReason is null)
        {
            mismatches.ThrowIfAny();
        }

        return mismatches.IsEmpty ? null : plan.ModeExceptionReason;
    }

    private ServiceActivity NewActivity(ValidPlan plan, string? modeExceptionReason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        UnionId = plan.UnionId,
        CampaignYear = plan.Days.StartsOn.Year,
        Name = plan.Name,
        Form = plan.Form,
        Domain = plan.Domain,
        Mode = plan.Mode,
        SiteId = plan.SiteId,
        NeedId = plan.NeedId,
        TeamIds = [.. plan.TeamIds],
        StartsOn = plan.Days.StartsOn,
        EndsOn = plan.Days.EndsOn,
        DepartsOn = plan.Days.DepartsOn,
        ReturnsOn = plan.Days.ReturnsOn,
        Place = plan.Place,
        RegionCode = plan.RegionCode,
        LeaderName = plan.LeaderName,
        Content = plan.Content,
        RiskStatement = plan.RiskStatement,
        BudgetAmount = plan.Budget.Amount,
        FundingSource = plan.Budget.Source,
        OutsideWindowReason = plan.OutsideWindowReason,
        ModeExceptionReason = modeExceptionReason,
        MeetingDays = plan.Days.MeetingDays,
        RecordDueOn = calendar.RecordDueOn(plan.Days.EndsOn),
        RequestId = plan.RequestId,
        PlannedAt = now,
        StatusChangedAt = now,
    };

    // Every current member once, with the first of the activity's teams they belong to.
    internal static IEnumerable<Participant> Proposed(Guid activityId, IReadOnlyList<KnownTeam> teams) =>
        teams.SelectMany(t => t.CurrentMembers).DistinctBy(m => m.VolunteerId)
            .Select(m => new Participant { ActivityId = activityId, VolunteerId = m.VolunteerId, TeamId = m.TeamId });

    private async Task CheckSiteAndNeedAsync(ValidPlan plan, CancellationToken cancellationToken)
    {
        if (plan.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId, cancellationToken))
        {
            throw new NotFoundException(Site.ResourceType, siteId.ToString());
        }

        if (plan.NeedId is { } needId)
        {
            var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId, cancellationToken)
                ?? throw new NotFoundException(Need.ResourceType, needId.ToString());
            if (need.SiteId != plan.SiteId)
            {
                new FieldViolations().Add("need_id", "须为site_id所指服务点的需求").ThrowIfAny();
            }
        }
    }

    internal async Task<List<KnownTeam>> TeamsAsync(IReadOnlyList<Guid> teamIds, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => teamIds.Contains(t.Id)).ToListAsync(cancellationToken);
        if (teamIds.FirstOrDefault(id => teams.All(t => t.Id != id)) is var missing && missing != Guid.Empty)
        {
            throw new NotFoundException(ResourceTypes.Team, missing.ToString());
        }

        if (teams.FirstOrDefault(t => t.Status == TeamStatuses.Disbanded) is { } disbanded)
        {
            throw new RuleBrokenException("TEAM_DISBANDED", $"volunteer.roster.v1.Team/{disbanded.Id}",
                $"服务队“{disbanded.Name}”已解散。");
        }

        return [.. teamIds.Select(id => teams.First(t => t.Id == id))];
    }
}
