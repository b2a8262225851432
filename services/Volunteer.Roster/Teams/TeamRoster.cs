using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Teams;

/// <summary>Forms teams, moves members on and off them, and activates a team once it is complete.</summary>
public sealed class TeamRoster(RosterDbContext db, IOptions<TeamOptions> options, TimeProvider timeProvider)
{
    private const string ResourceType = "volunteer.roster.v1.Team";

    public async Task<Team> CreateAsync(Proto.CreateTeamRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        UnionRules.CheckName(request.Name, violations);
        if (request.Specialty == Proto.TeamSpecialty.Unspecified || !Enum.IsDefined((TeamSpecialty)request.Specialty))
        {
            violations.Add("specialty", "is required");
        }

        violations.ThrowIfAny();
        // The union was authorized at the edge: a replay is looked up in it only.
        if (requestId is not null && await Teams().FirstOrDefaultAsync(
                t => t.UnionId == unionId && t.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var union = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unionId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", request.UnionId);
        var team = new Team
        {
            Id = Guid.CreateVersion7(),
            UnionId = union.Id,
            UnionPath = union.Path,
            Name = request.Name.Trim(),
            Specialty = (TeamSpecialty)request.Specialty,
            RequestId = requestId,
            CreatedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Teams.Add(team);
        db.AddIntegrationEvent(new TeamFormed(team.Id, team.UnionId, team.Name, team.Specialty.ToString().ToLowerInvariant(), team.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> GetAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken, tracked: false);

    public async Task<Team> AddMemberAsync(Proto.AddTeamMemberRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Id(request.TeamId, "team_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        if (request.Role == Proto.TeamRole.Unspecified || !Enum.IsDefined((TeamRole)request.Role))
        {
            violations.Add("role", "is required: captain, union cadre or volunteer");
        }

        var joinedOn = ParseDay(request.JoinedOn, "joined_on", violations);
        violations.ThrowIfAny();
        var team = await FindAsync(request.TeamId, cancellationToken, tracked: true);
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.StaffVolunteer", request.VolunteerId);
        if (team.CurrentMembers.Any(m => m.VolunteerId == volunteerId))
        {
            throw new AlreadyExistsException("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}", "The volunteer is a member of this team already.");
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

    public async Task<Team> RemoveMemberAsync(
        Proto.RemoveTeamMemberRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        violations.Id(request.TeamId, "team_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var leftOn = ParseDay(request.LeftOn, "left_on", violations);
        violations.ThrowIfAny();
        var team = await FindAsync(request.TeamId, cancellationToken, tracked: true);
        var membership = team.CurrentMembers.FirstOrDefault(m => m.VolunteerId == volunteerId)
            ?? throw new NotFoundException("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}");
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

    public async Task<Team> DisbandAsync(string id, CancellationToken cancellationToken)
    {
        var team = await FindAsync(id, cancellationToken, tracked: true);
        if (team.Status == TeamStatus.Disbanded)
        {
            throw new RuleBrokenException("TEAM_DISBANDED", $"{ResourceType}/{team.Id}", "The team is disbanded already.");
        }

        team.Status = TeamStatus.Disbanded;
        team.DisbandedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new TeamDisbanded(team.Id, team.UnionId, team.DisbandedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    // The edge found the team within the caller's reach, so the id is a valid one.
    private async Task<Team> FindAsync(string id, CancellationToken cancellationToken, bool tracked)
    {
        var teamId = Guid.Parse(id);
        return await (tracked ? db.Teams.Include(t => t.Memberships) : Teams())
            .FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken)
            ?? throw new NotFoundException(ResourceType, id);
    }

    private IQueryable<Team> Teams() => db.Teams.AsNoTracking().Include(t => t.Memberships);

    // An empty day means today, in the campaign's time zone.
    private DateOnly ParseDay(string value, string field, FieldViolations violations) =>
        CampaignDays.Parse(value, field, CampaignClock.Today(timeProvider), violations);
}
