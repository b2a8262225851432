using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>Published commendations land on the volunteer's record and on the team, once each.</summary>
public sealed class CommendationAwardTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task Individual_and_team_awards_are_recorded_once_however_often_the_publication_arrives()
    {
        var city = await _data.CityAsync("440100", "广州市教育工会");
        var volunteer = await _data.VolunteerAsync(city);
        var team = await _data.TeamAsync(city, "广州送教分队");
        var published = new CommendationsPublished(Guid.NewGuid(), 2025, 1, new DateOnly(2025, 11, 20), "广东省教科文卫工会",
        [
            new CommendedAward(Guid.NewGuid(), Team: false, Guid.Parse(volunteer.Id), "2025年度职工志愿服务先进个人"),
            new CommendedAward(Guid.NewGuid(), Team: true, Guid.Parse(team.Id), "2025年度职工志愿服务先进集体"),
        ]);
        var bus = host.Services.GetRequiredService<IBus>();

        // Two deliveries under different message ids: the inbox cannot catch the second, the nomination key does.
        await bus.Publish(published);
        await bus.Publish(published);

        var teamAwards = await Eventually.GetAsync(async () => (await _data.Client().GetTeamAsync(
            new GetTeamRequest { Id = team.Id }, _data.Province)).Awards, awards => awards.Count > 0);
        var record = await Eventually.GetAsync(() => _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, _data.Province).ResponseAsync, r => r.Awards.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var teamAward = Assert.Single((await _data.Client().GetTeamAsync(
            new GetTeamRequest { Id = team.Id }, _data.Province)).Awards);
        Assert.Equal(("2025年度职工志愿服务先进集体", "2025-11-20", "广东省教科文卫工会"),
            (teamAward.Name, teamAward.Date, teamAward.GrantingBody));
        Assert.Single(teamAwards);
        var award = Assert.Single((await _data.Client().GetStaffVolunteerAsync(
            new GetStaffVolunteerRequest { Id = volunteer.Id }, _data.Province)).Awards);
        Assert.Equal(("2025年度职工志愿服务先进个人", "2025-11-20"), (award.Name, award.Date));
        Assert.Single(record.Awards);
    }
}
