using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Activity.Teams;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Database;
using Volunteer.Activity.Grpc;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Activity.Sites;

/// <summary>A site's needs: registered with their risks, verified by a union, then matched to a team (《志愿服务条例》§13).</summary>
public sealed class NeedDesk(ActivityDbContext db, TimeProvider timeProvider)
{
    public async Task<Need> RegisterAsync(Proto.RegisterNeedRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var siteId = violations.Id(request.SiteId, "site_id");
        FieldRules.RequireText(request.Title, 100, "title", violations);
        EnumField.Required<ServiceDomain>((int)request.Domain, "domain", violations);
        if (ActivityBounds.Count(request.Skills, ActivityBounds.MaxNeedSkills, "skills", violations))
        {
            foreach (var (skill, i) in request.Skills.Select((s, i) => (s, i)))
            {
                FieldRules.RequireText(skill, 50, $"skills[{i}]", violations);
            }
        }

        var from = ActivityBounds.Day(request.WishedFrom, "wished_from", violations, required: true);
        var to = ActivityBounds.Day(request.WishedTo, "wished_to", violations, required: true);
        if (to < from)
        {
            violations.Add("wished_to", "must not be before wished_from");
        }

        ActivityBounds.Span(from, to, "wished_to", violations);

        FieldRules.RequireText(request.RiskStatement, 1000, "risk_statement", violations);
        violations.ThrowIfAny();
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, cancellationToken)
            ?? throw new NotFoundException(SiteMapping.SiteResourceType, request.SiteId);

        // The edge admitted the caller to the site: a repeat is looked for within the site's union only.
        if (request.RequestId.Length > 0
            && await db.Needs.FirstOrDefaultAsync(n => n.UnionId == site.UnionId && n.RequestId == request.RequestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var need = new Need
        {
            Id = Guid.CreateVersion7(),
            SiteId = site.Id,
            UnionId = site.UnionId,
            Title = request.Title.Trim(),
            Domain = (ServiceDomain)request.Domain,
            Skills = [.. request.Skills.Select(s => s.Trim()).Distinct()],
            WishedFrom = from!.Value,
            WishedTo = to!.Value,
            RiskStatement = request.RiskStatement.Trim(),
            RequestId = request.RequestId.Length > 0 ? request.RequestId : null,
            RegisteredAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Needs.Add(need);
        db.AddIntegrationEvent(new NeedRegistered(need.Id, need.SiteId, need.UnionId, need.Title, EventNames.Of(need.Domain), need.Skills,
            need.WishedFrom, need.WishedTo, need.RegisteredAt));
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    public async Task<Need> VerifyAsync(string needId, CancellationToken cancellationToken)
    {
        var need = await FindAsync(needId, NeedStatus.Registered, cancellationToken);
        need.Status = NeedStatus.Verified;
        need.VerifiedAt = timeProvider.GetUtcNowForDatabase();
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    public async Task<Need> ConfirmMatchAsync(Proto.ConfirmMatchRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Id(request.NeedId, "need_id");
        var teamId = violations.Id(request.TeamId, "team_id");
        violations.ThrowIfAny();
        var need = await FindAsync(request.NeedId, NeedStatus.Verified, cancellationToken);
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Team", request.TeamId);
        if (team.Status != TeamStatuses.Active)
        {
            throw new RuleBrokenException("TEAM_NOT_ACTIVE", $"volunteer.roster.v1.Team/{team.Id}", $"Team '{team.Name}' is {team.Status}, not active.");
        }

        need.Status = NeedStatus.Matched;
        need.MatchedTeamId = team.Id;
        db.AddIntegrationEvent(new NeedMatched(need.Id, need.SiteId, team.Id, need.UnionId, timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return need;
    }

    /// <summary>The need in the state the step needs.</summary>
    public async Task<Need> FindAsync(string id, NeedStatus required, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var needId = violations.Id(id, "need_id");
        violations.ThrowIfAny();
        var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == needId, cancellationToken) ?? throw new NotFoundException(SiteMapping.NeedResourceType, id);
        if (need.Status != required)
        {
            throw new RuleBrokenException($"NEED_NOT_{required.ToString().ToUpperInvariant()}", $"{SiteMapping.NeedResourceType}/{need.Id}",
                $"The need is {need.Status.ToString().ToLowerInvariant()}; this step needs it {required.ToString().ToLowerInvariant()}.");
        }

        return need;
    }
}
