using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Puts the demo roster into the platform through roster's public API. Every create carries a request
/// id derived from the seed and the demo key, so a second run returns what the first created.
/// </summary>
public sealed class RosterSeeding(RosterService.RosterServiceClient roster, CallerTokens tokens, ILogger<RosterSeeding> logger)
{
    private static readonly DateOnly JoinedOn = new(2018, 3, 15);
    private static readonly Timestamp ConsentGiven = Timestamp.FromDateTimeOffset(new DateTimeOffset(2018, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)));

    public async Task<SeededRoster> SeedAsync(DemoRoster demo, int seed, CancellationToken cancellationToken)
    {
        var seeded = new SeededRoster();
        // Parents before children: the tree is listed top-down.
        foreach (var union in demo.Unions)
        {
            var created = await roster.CreateUnionAsync(new CreateUnionRequest
            {
                RequestId = $"seed-{seed}-{union.Key}",
                ParentId = union.ParentKey is null ? "" : seeded.Unions[union.ParentKey],
                Name = union.Name,
                Kind = union.Kind,
                RegionCode = union.RegionCode,
                Targets = new UnionTargets { Teams = union.TeamTarget, People = union.PeopleTarget },
            }, tokens.Province, cancellationToken: cancellationToken);
            seeded.Unions[union.Key] = created.Union.Id;
        }

        logger.LogInformation("Demo unions ready: {Count}", seeded.Unions.Count);
        await Parallel.ForEachAsync(demo.Teams, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (team, token) => await SeedTeamAsync(team, seed, seeded, token));
        logger.LogInformation("Demo teams ready: {Teams} teams, {People} volunteers", seeded.Teams.Count, seeded.People.Count);
        return seeded;
    }

    private async Task SeedTeamAsync(TeamSpec spec, int seed, SeededRoster seeded, CancellationToken cancellationToken)
    {
        var unionId = seeded.Unions[spec.UnionKey];
        var team = (await roster.CreateTeamAsync(new CreateTeamRequest
        {
            RequestId = $"seed-{seed}-{spec.Key}", UnionId = unionId, Name = spec.Name, Specialty = spec.Specialty,
        }, tokens.Province, cancellationToken: cancellationToken)).Team;
        seeded.Teams[spec.Key] = team.Id;
        var members = team.Members.Where(m => m.LeftOn.Length == 0).Select(m => m.VolunteerId).ToHashSet();
        foreach (var (person, index) in spec.Members.Select((p, i) => (p, i)))
        {
            var volunteerId = await SeedPersonAsync(person, unionId, seed, cancellationToken);
            seeded.People[person.Key] = volunteerId;
            if (!members.Contains(volunteerId))
            {
                var role = index switch { 0 => TeamRole.Captain, 1 => TeamRole.UnionCadre, _ => TeamRole.Volunteer };
                await roster.AddTeamMemberAsync(new AddTeamMemberRequest
                {
                    TeamId = team.Id, VolunteerId = volunteerId, Role = role, JoinedOn = JoinedOn.ToString("yyyy-MM-dd"),
                }, tokens.Province, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task<string> SeedPersonAsync(PersonSpec person, string unionId, int seed, CancellationToken cancellationToken)
    {
        var volunteer = (await roster.RegisterStaffVolunteerAsync(DemoRegistration.For(person, unionId, seed, ConsentGiven),
            tokens.Province, cancellationToken: cancellationToken)).Volunteer;
        if (volunteer.Vetting.State == VettingState.Pending)
        {
            await roster.VetStaffVolunteerAsync(new VetStaffVolunteerRequest { Id = volunteer.Id, Decision = VettingState.Approved },
                tokens.Province, cancellationToken: cancellationToken);
        }

        foreach (var training in DemoRegistration.Trainings(person))
        {
            await roster.RecordTrainingAsync(new RecordTrainingRequest
            {
                RequestId = $"seed-{seed}-{person.Key}-{training.Name}", VolunteerId = volunteer.Id, Training = training,
            }, tokens.Province, cancellationToken: cancellationToken);
        }

        return volunteer.Id;
    }
}
