using Volunteer.Contracts.Events;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.ReadModels;
using Volunteer.UnionTree;

namespace Volunteer.Reporting.Projections;

/// <summary>Unions, volunteers, teams and their members, trainings and awards, in any arrival order.</summary>
public sealed class RosterProjection(ReportingDbContext db)
{
    public async Task ApplyAsync(UnionRegistered e, CancellationToken ct)
    {
        var node = await db.Unions.FindOrAddAsync([e.UnionId], () => new UnionNode { Id = e.UnionId, Name = "", Kind = "", RegionCode = "" }, ct);
        node.ParentId = e.ParentId;
        node.Name = e.Name;
        node.Kind = e.Kind;
        node.RegionCode = e.RegionCode;
        var target = await db.UnionTargets.FindOrAddAsync([e.UnionId], () => new UnionTarget { UnionId = e.UnionId }, ct);
        target.TeamTarget = e.TeamTarget;
        target.PeopleTarget = e.PeopleTarget;
        if (target.RegisteredAt is null || e.RegisteredAt < target.RegisteredAt)
        {
            target.RegisteredAt = e.RegisteredAt;
        }
    }

    public async Task ApplyAsync(VolunteerRegistered e, CancellationToken ct)
    {
        var volunteer = await Volunteer(e.VolunteerId, e.UnionId, ct);
        volunteer.Name = e.Name;
        volunteer.Gender = e.Gender;
        volunteer.Profession ??= e.Profession;
    }

    public async Task ApplyAsync(VolunteerVetted e, CancellationToken ct)
    {
        var volunteer = await Volunteer(e.VolunteerId, e.UnionId, ct);
        if (volunteer.VettedAt is null || e.DecidedAt >= volunteer.VettedAt)
        {
            volunteer.Vetting = e.Decision;
            volunteer.VettedAt = e.DecidedAt;
        }
    }

    public async Task ApplyAsync(VolunteerProfileChanged e, CancellationToken ct)
    {
        var volunteer = await Volunteer(e.VolunteerId, e.UnionId, ct);
        if (volunteer.ProfileChangedAt is null || e.ChangedAt >= volunteer.ProfileChangedAt)
        {
            volunteer.Profession = e.Profession;
            volunteer.ProfileChangedAt = e.ChangedAt;
        }
    }

    public async Task ApplyAsync(TeamFormed e, CancellationToken ct)
    {
        var team = await Team(e.TeamId, e.UnionId, ct);
        team.Rename(e.Name, e.FormedAt);
        team.Specialty = e.Specialty;
    }

    // Digests keep the name they were produced with: a rename is not new data for any period.
    public async Task ApplyAsync(TeamRenamed e, CancellationToken ct) =>
        (await Team(e.TeamId, e.UnionId, ct)).Rename(e.Name, e.RenamedAt);

    public async Task ApplyAsync(TeamActivated e, CancellationToken ct)
    {
        var team = await Team(e.TeamId, e.UnionId, ct);
        if (team.Status != TeamStatuses.Disbanded)
        {
            team.Status = TeamStatuses.Active;
        }

        team.ActivatedAt = e.ActivatedAt;
    }

    public async Task ApplyAsync(TeamDisbanded e, CancellationToken ct) =>
        (await Team(e.TeamId, e.UnionId, ct)).Status = TeamStatuses.Disbanded;

    public async Task ApplyAsync(TeamMemberJoined e, CancellationToken ct)
    {
        await Team(e.TeamId, e.UnionId, ct);
        var member = await Member(e.TeamId, e.VolunteerId, ct);
        if (e.JoinedOn >= member.JoinedOn)
        {
            member.JoinedOn = e.JoinedOn;
            member.Role = e.Role;
        }
    }

    public async Task ApplyAsync(TeamMemberLeft e, CancellationToken ct)
    {
        await Team(e.TeamId, e.UnionId, ct);
        var member = await Member(e.TeamId, e.VolunteerId, ct);
        if (member.LeftOn is null || e.LeftOn > member.LeftOn)
        {
            member.LeftOn = e.LeftOn;
        }
    }

    public async Task ApplyAsync(TrainingRecorded e, CancellationToken ct) =>
        await db.Trainings.FindOrAddAsync([e.TrainingId], () => new TrainingRow
        {
            Id = e.TrainingId, VolunteerId = e.VolunteerId, UnionId = e.UnionId, Kind = e.Kind, Name = e.Name, Hours = e.Hours, Date = e.Date,
            Content = e.Content, Organiser = e.Organiser,
        }, ct);

    public async Task ApplyAsync(AwardRecorded e, CancellationToken ct) =>
        await db.Awards.FindOrAddAsync([e.AwardId], () => new AwardRow
        {
            Id = e.AwardId, VolunteerId = e.VolunteerId, Name = e.Name, Date = e.Date, GrantingBody = e.GrantingBody,
        }, ct);

    private Task<VolunteerRow> Volunteer(Guid id, Guid unionId, CancellationToken ct) =>
        db.Volunteers.FindOrAddAsync([id], () => new VolunteerRow { Id = id, UnionId = unionId }, ct);

    private Task<TeamRow> Team(Guid id, Guid unionId, CancellationToken ct) =>
        db.Teams.FindOrAddAsync([id], () => new TeamRow { Id = id, UnionId = unionId }, ct);

    private Task<TeamMemberRow> Member(Guid teamId, Guid volunteerId, CancellationToken ct) =>
        db.TeamMembers.FindOrAddAsync([teamId, volunteerId], () => new TeamMemberRow { TeamId = teamId, VolunteerId = volunteerId }, ct);
}
