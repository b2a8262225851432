using Microsoft.Extensions.DependencyInjection;
using Volunteer.Activity.Access;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Attendance;
using Volunteer.Activity.Data;
using Volunteer.Activity.Participants;
using Volunteer.Activity.Teams;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.Activity.Tests.Access;

/// <summary>
/// What the edge's owner lookups (one compiled statement each) answer: who reaches an activity, a
/// volunteer and a day of attendance, and nothing for a thing that does not exist; a read and a check-in
/// answer with the activity the edge loaded.
/// </summary>
public sealed class ThingOwnersTests(ActivityServiceHost host) : IClassFixture<ActivityServiceHost>
{
    private static readonly DateOnly Left = new(2026, 1, 1);

    [Fact]
    public async Task An_activity_is_reached_by_its_participants_and_its_teams_current_members()
    {
        var (union, member, bystander, leaver, guest) = (Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var team = Team(union, (member, null), (bystander, null), (leaver, Left));
        var emptyTeam = Team(union);
        var activity = Activity(union, team.Id, member, guest);
        var unattended = Activity(union, emptyTeam.Id);
        var day = new AttendanceDay
        {
            Id = Guid.CreateVersion7(), ActivityId = activity.Id, VolunteerId = guest, Day = Left,
        };
        await SaveAsync(team, emptyTeam, activity, unattended, day);

        using var scope = host.Services.CreateScope();
        var owners = scope.ServiceProvider.GetRequiredService<ThingOwners>();
        var owner = await owners.ActivityAsync(activity.Id, default);
        Assert.Equal(union, owner!.UnionId);
        Assert.Equal([team.Id], owner.TeamIds);
        Assert.Equal(new[] { member, guest }.Order(), owner.PersonIds.Order());
        // A current member of its team who has not opted in reaches it too; one who left does not.
        Assert.True(await owner.AlsoReaches!(bystander, default));
        Assert.False(await owner.AlsoReaches(leaver, default));
        Assert.False(await owner.AlsoReaches(Guid.CreateVersion7(), default));
        var nobody = await owners.ActivityAsync(unattended.Id, default);
        Assert.Equal(union, nobody!.UnionId);
        Assert.Equal([emptyTeam.Id], nobody.TeamIds);
        Assert.Empty(nobody.PersonIds);
        Assert.False(await nobody.AlsoReaches!(member, default));
        Assert.Null(await owners.ActivityAsync(Guid.CreateVersion7(), default));
        var attendance = await owners.AttendanceAsync(day.Id, default);
        Assert.Equal(union, attendance!.UnionId);
        Assert.Equal([team.Id], attendance.TeamIds);
        Assert.Equal([guest], attendance.PersonIds);
        Assert.Null(await owners.AttendanceAsync(Guid.CreateVersion7(), default));
    }

    [Fact]
    public async Task GetActivity_answers_with_the_activity_the_edge_loaded_to_check_it()
    {
        var union = Guid.CreateVersion7();
        var team = Team(union);
        var activity = Activity(union, team.Id, Guid.CreateVersion7());
        await SaveAsync(team, activity);

        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ThingOwners>().ActivityAsync(activity.Id, default);
        var read = await scope.ServiceProvider.GetRequiredService<ActivityReading>()
            .GetAsync(activity.Id.ToString(), default);

        Assert.Same(scope.ServiceProvider.GetRequiredService<CheckedThings>().Find<ServiceActivity>(activity.Id), read);
        Assert.Single(read.Participants);
        using var elsewhere = host.Services.CreateScope();
        var readAgain = await elsewhere.ServiceProvider.GetRequiredService<ActivityReading>()
            .GetAsync(activity.Id.ToString(), default);
        Assert.Equal(activity.Name, readAgain.Name);
        Assert.Single(readAgain.Participants);
    }

    [Fact]
    public async Task A_check_in_decides_on_the_activity_the_edge_loaded_and_reads_the_same_without_it()
    {
        var union = Guid.CreateVersion7();
        var team = Team(union);
        var (participant, stranger) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var activity = Activity(union, team.Id, participant);
        await SaveAsync(team, activity);

        using var checkedScope = host.Services.CreateScope();
        await checkedScope.ServiceProvider.GetRequiredService<ThingOwners>().ActivityAsync(activity.Id, default);
        var kept = checkedScope.ServiceProvider.GetRequiredService<CheckedThings>().Find<ServiceActivity>(activity.Id);
        using var uncheckedScope = host.Services.CreateScope();
        var answers = new[] { (participant, ParticipantStatus.Confirmed), (stranger, (ParticipantStatus?)null) };
        foreach (var (person, answer) in answers)
        {
            var fromEdge = await SubjectAsync(checkedScope, activity.Id, person);
            var read = await SubjectAsync(uncheckedScope, activity.Id, person);
            Assert.Same(kept, fromEdge!.Activity);
            Assert.Equal(answer, fromEdge.Status);
            Assert.Equal((activity.Id, answer), (read!.Activity.Id, read.Status));
        }

        Assert.Null(await SubjectAsync(uncheckedScope, Guid.CreateVersion7(), participant));
    }

    [Fact]
    public async Task A_volunteer_belongs_to_their_own_union_else_to_their_teams_and_is_reached_through_current_teams()
    {
        var (home, teamUnion) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (known, memberOnly, teamless) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var team = Team(teamUnion, (known, null), (memberOnly, null));
        var formerTeam = Team(teamUnion, (known, Left), (teamless, Left));
        await SaveAsync(team, formerTeam,
            new KnownVolunteer { Id = known, UnionId = home }, new KnownVolunteer { Id = teamless, UnionId = home });

        using var scope = host.Services.CreateScope();
        var owners = scope.ServiceProvider.GetRequiredService<ThingOwners>();
        foreach (var (volunteer, union, teams) in new[]
            { (known, home, new[] { team.Id }), (memberOnly, teamUnion, [team.Id]), (teamless, home, []) })
        {
            var owner = await owners.VolunteerAsync(volunteer, default);
            Assert.Equal(union, owner!.UnionId);
            Assert.Equal(teams, owner.TeamIds);
            Assert.Equal([volunteer], owner.PersonIds);
        }

        Assert.Null(await owners.VolunteerAsync(Guid.CreateVersion7(), default));
    }

    private static Task<CheckInSubject?> SubjectAsync(IServiceScope scope, Guid activityId, Guid volunteerId) =>
        CheckInSubject.FindAsync(scope.ServiceProvider.GetRequiredService<ActivityDbContext>(),
            scope.ServiceProvider.GetRequiredService<CheckedThings>(), activityId, volunteerId, default);

    private static KnownTeam Team(Guid union, params (Guid Volunteer, DateOnly? LeftOn)[] members) => new()
    {
        Id = Guid.CreateVersion7(), UnionId = union, Name = "分队", Status = TeamStatuses.Active,
        Members = [.. members.Select(m => new KnownTeamMember { VolunteerId = m.Volunteer, LeftOn = m.LeftOn })],
    };

    private static ServiceActivity Activity(Guid union, Guid team, params Guid[] participants)
    {
        var activity = new ServiceActivity
        {
            Id = Guid.CreateVersion7(), UnionId = union, TeamIds = [team], Name = "送教下乡", Place = "中心小学",
            RegionCode = "441825", LeaderName = "王建国", Content = "物理实验课", RiskStatement = "山区道路",
        };
        activity.Participants.AddRange(participants.Select(p => new Participant
        {
            ActivityId = activity.Id, VolunteerId = p, TeamId = team, Status = ParticipantStatus.Confirmed,
        }));
        return activity;
    }

    private async Task SaveAsync(params object[] things)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        db.AddRange(things);
        await db.SaveChangesAsync();
    }
}
