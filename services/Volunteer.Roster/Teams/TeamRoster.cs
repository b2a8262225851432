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
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Teams;

/// <summary>Forms teams, moves members on and off them, and activates a team once it is complete.</summary>
public sealed class TeamRoster(RosterDbContext db, IOptions<TeamOptions> options, TimeProvider timeProvider)
{
    private const string ResourceType = "volunteer.roster.v1.Team";

    public async Task<Team> CreateAsync(NewTeam request, CancellationToken cancellationToken)
    {
        // The union was authorized at the edge: a replay is looked up in it only.
        if (request.RequestId is not null && await Teams().FirstOrDefaultAsync(
                t => t.UnionId == request.UnionId && t.RequestId == request.RequestId, cancellationToken)
            is { } earlier)
        {
            return earlier;
        }

        var union = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnionId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", request.UnionId.ToString());
        var team = new Team
        {
            Id = Guid.CreateVersion7(),
            UnionId = union.Id,
            UnionPath = union.Path,
            Name = request.Name,
            Specialty = request.Specialty,
            RequestId = request.RequestId,
            CreatedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Teams.Add(team);
        db.AddIntegrationEvent(new TeamFormed(team.Id, team.UnionId, team.Name, team.Specialty.ToString().ToLowerInvariant(), team.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken, tracked: false);

    public async Task<Team> AddMemberAsync(
        MemberJoining request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var volunteerId = request.VolunteerId;
        var joinedOn = request.JoinedOn;
        var role = request.Role;
        TeamRules.CheckCaptainAuthority(caller, role);
        var team = await FindAsync(request.TeamId, cancellationToken, tracked: true);
        var volunteer = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.StaffVolunteer", volunteerId.ToString());
        if (team.CurrentMembers.Any(m => m.VolunteerId == volunteerId))
        {
            throw new AlreadyExistsException("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}",
                "该志愿者已是本队成员。");
        }

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
        MemberLeaving request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var volunteerId = request.VolunteerId;
        var leftOn = request.LeftOn;
        var team = await FindAsync(request.TeamId, cancellationToken, tracked: true);
        var membership = team.CurrentMembers.FirstOrDefault(m => m.VolunteerId == volunteerId)
            ?? throw new NotFoundException("volunteer.roster.v1.TeamMember", $"{team.Id}/{volunteerId}");
        TeamRules.CheckCaptainAuthority(caller, membership.Role);
        if (leftOn < membership.JoinedOn)
        {
            new FieldViolations().Add("left_on", $"不能早于该志愿者入队的日期（{membership.JoinedOn:yyyy-MM-dd}）").ThrowIfAny();
        }

        membership.LeftOn = leftOn;
        db.AddIntegrationEvent(new TeamMemberLeft(
            team.Id, team.UnionId, membership.VolunteerId, leftOn, timeProvider.GetUtcNowForDatabase()));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> DisbandAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await FindAsync(id, cancellationToken, tracked: true);
        if (team.Status == TeamStatus.Disbanded)
        {
            throw new RuleBrokenException("TEAM_DISBANDED", $"{ResourceType}/{team.Id}", "该服务队已解散。");
        }

        team.Status = TeamStatus.Disbanded;
        team.DisbandedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new TeamDisbanded(team.Id, team.UnionId, team.DisbandedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    /// <summary>A team the edge has found within the caller's reach, tracked for a change.</summary>
    public Task<Team> FindTrackedAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(id, cancellationToken, tracked: true);

    private async Task<Team> FindAsync(Guid id, CancellationToken cancellationToken, bool tracked) =>
        await (tracked ? db.Teams.Include(t => t.Memberships) : Teams())
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new NotFoundException(ResourceType, id.ToString());

    private IQueryable<Team> Teams() => db.Teams.AsNoTracking().Include(t => t.Memberships);
}
