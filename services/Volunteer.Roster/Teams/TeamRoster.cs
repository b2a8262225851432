using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Teams;

/// <summary>Forms teams, moves members on and off them, and activates a team once it is complete.</summary>
public sealed class TeamRoster(RosterDbContext db, IOptions<TeamOptions> options, TimeProvider timeProvider)
{
    private const string ResourceType = "volunteer.roster.v1.Team";

    public async Task<Team> CreateAsync(Proto.CreateTeamRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        UnionScope.DemandAdmin(caller);
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id");
        UnionRules.CheckName(request.Name, violations);
        if (request.Specialty == Proto.TeamSpecialty.Unspecified || !Enum.IsDefined((TeamSpecialty)request.Specialty))
        {
            violations.Add("specialty", "is required");
        }

        violations.ThrowIfAny();
        if (request.RequestId.Length > 0
            && await Teams().FirstOrDefaultAsync(t => t.RequestId == request.RequestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var union = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unionId, cancellationToken)
            ?? throw RpcErrors.NotFound("volunteer.roster.v1.Union", request.UnionId);
        UnionScope.DemandManage(caller, union);
        var team = new Team
        {
            Id = Guid.CreateVersion7(),
            UnionId = union.Id,
            UnionPath = union.Path,
            Name = request.Name.Trim(),
            Specialty = (TeamSpecialty)request.Specialty,
            RequestId = request.RequestId.Length > 0 ? request.RequestId : null,
            CreatedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Teams.Add(team);
        db.AddIntegrationEvent(new TeamFormed(team.Id, team.UnionId, team.Name, team.Specialty.ToString().ToLowerInvariant(), team.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> GetAsync(string id, PlatformCaller caller, CancellationToken cancellationToken) =>
        await FindAsync(id, "id", caller, cancellationToken, tracked: false, allowCaptain: true);

    public async Task<Team> AddMemberAsync(Proto.AddTeamMemberRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        if (request.Role == Proto.TeamRole.Unspecified || !Enum.IsDefined((TeamRole)request.Role))
        {
            violations.Add("role", "is required: captain, union cadre or volunteer");
        }

        var joinedOn = ParseDay(request.JoinedOn, "joined_on", violations);
        violations.ThrowIfAny();
        var team = await FindAsync(request.TeamId, "team_id", caller, cancellationToken, tracked: true, allowCaptain: false);
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
            ?? throw RpcErrors.NotFound("volunteer.roster.v1.StaffVolunteer", request.VolunteerId);
        if (team.CurrentMembers.Any(m => m.VolunteerId == volunteerId))
        {
            throw RpcErrors.AlreadyExists("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}", "The volunteer is a member of this team already.");
        }

        var role = (TeamRole)request.Role;
        TeamRules.CheckJoin(team, volunteer, role);
        team.Memberships.Add(new TeamMembership
        {
            TeamId = team.Id,
            VolunteerId = volunteer.Id,
            VolunteerName = volunteer.Name,
            Role = role,
            Approved = volunteer.Vetting == VettingState.Approved,
            JoinedOn = joinedOn,
        });
        db.AddIntegrationEvent(new TeamMemberJoined(
            team.Id, team.UnionId, volunteer.Id, role.EventName(), joinedOn, timeProvider.GetUtcNowForDatabase()));
        if (TeamRules.ShouldActivate(team, options.Value.MinimumApprovedMembers))
        {
            team.Status = TeamStatus.Active;
            team.ActivatedAt = timeProvider.GetUtcNowForDatabase();
            var captain = team.CurrentMembers.First(m => m.Role == TeamRole.Captain).VolunteerId;
            db.AddIntegrationEvent(new TeamActivated(team.Id, team.UnionId, captain, team.CurrentMembers.Count(), team.ActivatedAt.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> RemoveMemberAsync(Proto.RemoveTeamMemberRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var leftOn = ParseDay(request.LeftOn, "left_on", violations);
        violations.ThrowIfAny();
        var team = await FindAsync(request.TeamId, "team_id", caller, cancellationToken, tracked: true, allowCaptain: false);
        var membership = team.CurrentMembers.FirstOrDefault(m => m.VolunteerId == volunteerId)
            ?? throw RpcErrors.NotFound("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}");
        if (leftOn < membership.JoinedOn)
        {
            new FieldViolations().Add("left_on", $"must not be before the day the volunteer joined ({membership.JoinedOn:yyyy-MM-dd})").ThrowIfAny();
        }

        membership.LeftOn = leftOn;
        db.AddIntegrationEvent(new TeamMemberLeft(
            team.Id, team.UnionId, membership.VolunteerId, leftOn, timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> DisbandAsync(string id, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var team = await FindAsync(id, "id", caller, cancellationToken, tracked: true, allowCaptain: false);
        if (team.Status == TeamStatus.Disbanded)
        {
            throw RpcErrors.FailedPrecondition("TEAM_DISBANDED", $"{ResourceType}/{team.Id}", "The team is disbanded already.");
        }

        team.Status = TeamStatus.Disbanded;
        team.DisbandedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new TeamDisbanded(team.Id, team.UnionId, team.DisbandedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    private async Task<Team> FindAsync(string id, string field, PlatformCaller caller, CancellationToken cancellationToken, bool tracked, bool allowCaptain)
    {
        var violations = new FieldViolations();
        var teamId = violations.Id(id, field);
        violations.ThrowIfAny();
        var team = await (tracked ? db.Teams.Include(t => t.Memberships) : Teams()).FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw RpcErrors.NotFound(ResourceType, id);
        var isCaptain = allowCaptain && caller.Role == Contracts.Auth.PlatformRoles.TeamCaptain
            && team.CurrentMembers.Any(m => m.Role == TeamRole.Captain && m.VolunteerId.ToString() == caller.Subject);
        if (!isCaptain && !UnionScope.Covers(caller, team.UnionPath))
        {
            throw RpcErrors.PermissionDenied("OUTSIDE_UNION_SCOPE", "The team belongs to a union outside the caller's scope.");
        }

        return team;
    }

    private IQueryable<Team> Teams() => db.Teams.AsNoTracking().Include(t => t.Memberships);

    // An empty day means today, in the campaign's time zone.
    private DateOnly ParseDay(string value, string field, FieldViolations violations) =>
        CampaignClock.ParseDate(value, field, violations) ?? CampaignClock.Today(timeProvider);
}
