using Grpc.Core;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>
/// A request id finds only what the caller could read: union B's admin using union A's key creates B's own
/// record, and replaying A's request itself is refused before any lookup. Concurrent repeats answer properly.
/// </summary>
public sealed class RosterReplayTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private const string Key = "guessable-key-1";
    private readonly RosterTestData _data = new(host);

    private RosterService.RosterServiceClient Client => _data.Client();

    [Fact]
    public async Task A_union_is_replayed_only_under_the_same_parent()
    {
        var world = await TwoUnions.CreateAsync(host);
        CreateUnionRequest County(Union parent, string region) => new()
        {
            RequestId = Key, ParentId = parent.Id, Kind = UnionKind.CountyEducation, RegionCode = region,
            Name = $"{region}教育工会",
        };

        var ofA = (await Client.CreateUnionAsync(County(world.A, "440103"), world.AdminOf(world.A))).Union;
        var again = (await Client.CreateUnionAsync(County(world.A, "440103"), world.AdminOf(world.A))).Union;
        var ofB = (await Client.CreateUnionAsync(County(world.B, "440203"), world.AdminOf(world.B))).Union;

        Assert.Equal(ofA.Id, again.Id);
        Assert.NotEqual(ofA.Id, ofB.Id);
        Assert.Equal(world.B.Id, ofB.ParentId);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client.CreateUnionAsync(County(world.A, "440103"), world.AdminOf(world.B)).ResponseAsync);
    }

    [Fact]
    public async Task A_volunteer_and_a_team_are_replayed_only_within_the_same_union()
    {
        var world = await TwoUnions.CreateAsync(host);
        RegisterStaffVolunteerRequest In(Union union, string district) => new(RosterTestData.Registration(
            union.Id, TestIdNumbers.Make(district, RosterTestData.BirthDate, male: false))) { RequestId = Key };
        CreateTeamRequest Team(Union union) =>
            new() { RequestId = Key, UnionId = union.Id, Name = "送教分队", Specialty = TeamSpecialty.Education };
        var forA = In(world.A, "440104");

        var volunteerOfA = await _data.RegisterAsync(forA, world.AdminOf(world.A));
        var volunteerOfB = await _data.RegisterAsync(In(world.B, "440204"), world.AdminOf(world.B));
        var teamOfA = (await Client.CreateTeamAsync(Team(world.A), world.AdminOf(world.A))).Team;
        var teamOfB = (await Client.CreateTeamAsync(Team(world.B), world.AdminOf(world.B))).Team;

        Assert.Equal(volunteerOfA.Id, (await _data.RegisterAsync(forA, world.AdminOf(world.A))).Id);
        Assert.Equal((world.A.Id, world.B.Id), (volunteerOfA.UnionId, volunteerOfB.UnionId));
        Assert.Equal((world.A.Id, world.B.Id), (teamOfA.UnionId, teamOfB.UnionId));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            _data.RegisterAsync(forA, world.AdminOf(world.B)));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () =>
            Client.CreateTeamAsync(Team(world.A), world.AdminOf(world.B)).ResponseAsync);
    }

    [Fact]
    public async Task Trainings_and_awards_are_replayed_only_in_the_same_volunteers_record()
    {
        var world = await TwoUnions.CreateAsync(host);
        var (adminOfA, adminOfB) = (world.AdminOf(world.A), world.AdminOf(world.B));
        RecordTrainingRequest Training(StaffVolunteer volunteer) => new()
        {
            RequestId = Key, VolunteerId = volunteer.Id,
            Training = new() { Kind = TrainingKind.Safety, Name = "安全", Hours = 2, Organiser = "工会", Date = "2018-04-01" },
        };
        RecordAwardRequest Award(StaffVolunteer volunteer) => new()
        {
            RequestId = Key, VolunteerId = volunteer.Id,
            Award = new() { Name = "优秀志愿者", Date = "2018-11-20", GrantingBody = "市教育工会" },
        };

        var trainingOfA = (await Client.RecordTrainingAsync(Training(world.Member), adminOfA)).Training;
        var trainingOfB = (await Client.RecordTrainingAsync(Training(world.OfB), adminOfB)).Training;
        var awardOfA = (await Client.RecordAwardAsync(Award(world.Member), adminOfA)).Award;
        var awardOfB = (await Client.RecordAwardAsync(Award(world.OfB), adminOfB)).Award;
        var replayed = (await Client.RecordTrainingAsync(Training(world.Member), adminOfA)).Training;

        Assert.NotEqual(trainingOfA.Id, trainingOfB.Id);
        Assert.NotEqual(awardOfA.Id, awardOfB.Id);
        Assert.Equal(trainingOfA.Id, replayed.Id);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            Client.RecordTrainingAsync(Training(world.Member), adminOfB).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () =>
            Client.RecordAwardAsync(Award(world.Member), adminOfB).ResponseAsync);
    }

    [Fact]
    public async Task Concurrent_repeats_of_a_create_or_a_joining_answer_once_and_never_as_server_errors()
    {
        var world = await TwoUnions.CreateAsync(host);
        var team = new CreateTeamRequest
        {
            RequestId = "race", UnionId = world.A.Id, Name = "竞速分队", Specialty = TeamSpecialty.Health,
        };
        var registration = new RegisterStaffVolunteerRequest(RosterTestData.Registration(
            world.A.Id, TestIdNumbers.Make("440105", RosterTestData.BirthDate, male: true))) { RequestId = "race" };
        static Task<T[]> SixTimes<T>(Func<Task<T>> call) => Task.WhenAll(Enumerable.Range(0, 6).Select(_ => call()));

        var teams = await SixTimes(() => Client.CreateTeamAsync(team, _data.Province).ResponseAsync);
        var volunteers = await SixTimes(() => _data.RegisterAsync(registration));
        var joins = await SixTimes(async () =>
        {
            try
            {
                await Client.AddTeamMemberAsync(new AddTeamMemberRequest
                {
                    TeamId = teams[0].Team.Id, VolunteerId = world.OtherOfA.Id, Role = TeamRole.Volunteer,
                }, _data.Province);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        });

        Assert.Single(teams.Select(t => t.Team.Id).Distinct());
        Assert.Single(volunteers.Select(v => v.Id).Distinct());
        Assert.Equal(1, joins.Count(c => c == StatusCode.OK));
        Assert.All(joins.Where(c => c != StatusCode.OK), c => Assert.Equal(StatusCode.AlreadyExists, c));
    }
}
