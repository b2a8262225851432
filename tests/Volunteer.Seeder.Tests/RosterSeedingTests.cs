using Microsoft.Extensions.Logging.Abstractions;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Seeding;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Tests;

public sealed class RosterSeedingTests(SeedRosterHost host) : IClassFixture<SeedRosterHost>
{
    [Fact]
    public async Task Seeding_twice_gives_the_same_active_teams_of_approved_trained_volunteers_and_nothing_twice()
    {
        var full = DemoRoster.Create(seed: 11, scale: 1);
        var demo = full with { Teams = [.. full.Teams.Take(3)] };
        var client = new RosterService.RosterServiceClient(host.CreateChannel());
        var tokens = new CallerTokens(new IssuerTokenSource(host.Tokens), TimeProvider.System);
        var seeding = new RosterSeeding(client, tokens, NullLogger<RosterSeeding>.Instance);

        var first = await seeding.SeedAsync(demo, seed: 11, CancellationToken.None);
        var second = await seeding.SeedAsync(demo, seed: 11, CancellationToken.None);

        Assert.Equal(first.People.OrderBy(p => p.Key), second.People.OrderBy(p => p.Key));
        Assert.Equal(first.Teams.OrderBy(t => t.Key), second.Teams.OrderBy(t => t.Key));
        Assert.Equal(full.Unions.Count, second.Unions.Count);
        foreach (var spec in demo.Teams)
        {
            var team = (await client.GetTeamAsync(new GetTeamRequest { Id = second.Teams[spec.Key] }, tokens.Province)).Team;
            Assert.Equal(TeamStatus.Active, team.Status);
            Assert.Equal(second.People[spec.Members[0].Key], team.CaptainVolunteerId);
            Assert.Equal(spec.Members.Count, team.Members.Count);
        }

        var someone = demo.Teams[0].Members[0];
        var record = await client.GetStaffVolunteerAsync(new GetStaffVolunteerRequest { Id = second.People[someone.Key] }, tokens.Province);
        Assert.Equal(VettingState.Approved, record.Volunteer.Vetting.State);
        Assert.Equal(someone.SafetyTrained ? 3 : 2, record.Trainings.Count);
    }
}
