using Google.Rpc;
using Grpc.Core;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

/// <summary>
/// On site, the captain of one of an activity's teams reports incidents about the people taking part.
/// </summary>
public sealed class CaptainIncidentTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task The_captain_of_a_team_of_the_activity_reports_about_its_participants_and_themself()
    {
        var city = await _data.CityAsync();
        var (team, captain) = await _data.CaptainedTeamAsync(city);
        var participant = await _data.VolunteerAsync(city);
        var activity = await _data.ActivityAsync(city, [participant, captain], teams: [team]);
        var report = TwoUnionWorld.Report(activity, participant);
        report.InvolvedVolunteerIds.Add(captain.ToString());

        var incident = (await _data.Client().ReportIncidentAsync(report, _data.Captain(city, captain))).Incident;
        var read = await _data.Client().GetIncidentAsync(new() { Id = incident.Id }, _data.Officer(city));

        Assert.Equal(activity.ToString(), read.Incident.ActivityId);
        Assert.Equal([participant.ToString(), captain.ToString()], read.Incident.InvolvedVolunteerIds);
    }

    [Fact]
    public async Task Another_teams_captain_another_activity_and_bystanders_are_answered_as_unknown()
    {
        var (city, other) = (await _data.CityAsync(), await _data.CityAsync());
        var (team, captain) = await _data.CaptainedTeamAsync(city);
        var (_, otherCaptain) = await _data.CaptainedTeamAsync(city);
        var (participant, bystander) = (await _data.VolunteerAsync(city), await _data.VolunteerAsync(city));
        var activity = await _data.ActivityAsync(city, [participant], teams: [team]);
        await _data.ActivityAsync(city, [bystander], teams: [team]);
        var (otherTeam, otherUnionCaptain) = await _data.CaptainedTeamAsync(other);
        var otherUnion = await _data.ActivityAsync(other, [await _data.VolunteerAsync(other)], teams: [otherTeam]);
        var client = _data.Client();

        Task Report(Guid on, Guid about, Guid by, Guid union) =>
            client.ReportIncidentAsync(TwoUnionWorld.Report(on, about), _data.Captain(union, by)).ResponseAsync;

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Report(activity, participant, otherCaptain, city));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Report(otherUnion, participant, captain, city));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Report(activity, participant, otherUnionCaptain, other));
        // The bystander takes part in another activity of the same team: not in this one.
        var stranger = await RpcAssert.FailsAsync(
            StatusCode.NotFound, () => Report(activity, bystander, captain, city));
        var list = await client.ListIncidentsAsync(new() { ActivityId = activity.ToString() }, _data.Province);

        Assert.Contains(bystander.ToString(), stranger.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
        Assert.Empty(list.Incidents);
    }
}
