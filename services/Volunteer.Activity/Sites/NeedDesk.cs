using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>A site's needs: registered with their risks, verified by a union, then matched to a team (《志愿服务条例》§13).</summary>
public sealed class NeedDesk(ActivityDbContext db, TimeProvider timeProvider)
{
    public async Task<Need> RegisterAsync(NewNeed request, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SiteId, cancellationToken)
            ?? throw new NotFoundException(Site.ResourceType, request.SiteId.ToString());

        // The edge admitted the caller to the site: a repeat is looked for within the site's union only.
        if (request.RequestId is { } requestId
            && await db.Needs.FirstOrDefaultAsync(
                n => n.UnionId == site.UnionId && n.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var need = new Need
        {
            Id = Guid.CreateVersion7(),
            SiteId = site.Id,
            UnionId = site.UnionId,
            Title = request.Title,
            Domain = request.Domain,
            Skills = request.Skills,
            WishedFrom = request.WishedFrom,
            WishedTo = request.WishedTo,
            RiskStatement = request.RiskStatement,
            RequestId = request.RequestId,
            RegisteredAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Needs.Add(need);
        db.AddIntegrationEvent(new NeedRegistered(need.Id, need.SiteId, need.UnionId, need.Title,
            EventNames.Of(need.Domain), need.Skills, need.WishedFrom, need.WishedTo, need.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    public async Task<Need> VerifyAsync(Guid needId, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, NeedStatus.Registered, cancellationToken);
        need.Status = NeedStatus.Verified;
        need.VerifiedAt = timeProvider.GetUtcNowForDatabase();
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    public async Task<Need> ConfirmMatchAsync(Guid needId, Guid teamId, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, NeedStatus.Verified, cancellationToken);
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Team", teamId.ToString());
        if (team.Status != TeamStatuses.Active)
        {
            throw new RuleBrokenException("TEAM_NOT_ACTIVE", $"volunteer.roster.v1.Team/{team.Id}",
                $"服务队“{team.Name}”{ActivityLabels.TeamStatus(team.Status)}，尚未启用。");
        }

        need.Status = NeedStatus.Matched;
        need.MatchedTeamId = team.Id;
        db.AddIntegrationEvent(
            new NeedMatched(need.Id, need.SiteId, team.Id, need.UnionId, timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    /// <summary>The need in the state the step needs.</summary>
    public async Task<Need> FindAsync(Guid needId, NeedStatus required, CancellationToken cancellationToken)
    {
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == needId, cancellationToken)
            ?? throw new NotFoundException(Need.ResourceType, needId.ToString());
        if (need.Status != required)
        {
            throw new RuleBrokenException($"NEED_NOT_{required.ToString().ToUpperInvariant()}",
                $"{Need.ResourceType}/{need.Id}",
                $"需求当前状态为{ActivityLabels.Of(need.Status)}，"
                + $"此步骤要求其为{ActivityLabels.Of(required)}。");
        }

        return need;
    }
}
