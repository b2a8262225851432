using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Commendation;
using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class CommendationTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    [Fact]
    public void Ranking_leaves_out_open_serious_incidents_and_breaks_ties_by_activities_beneficiaries_and_timeliness()
    {
        CandidateFigures Candidate(string name, decimal hours, int activities, int beneficiaries, int onTime, int incidents = 0) =>
            new(Guid.NewGuid(), name, Guid.Empty, hours, activities, beneficiaries, onTime, incidents);

        var ranked = CommendationRanking.Rank(
        [
            Candidate("late", 20, 2, 100, 0),
            Candidate("incident", 99, 9, 900, 9, incidents: 1),
            Candidate("punctual", 20, 2, 100, 2),
            Candidate("fewer", 20, 1, 500, 1),
            Candidate("most-hours", 30, 1, 0, 0),
        ], limit: 3);

        Assert.Equal(["most-hours", "punctual", "late"], ranked.Select(c => c.Name));
    }

    [Fact]
    public async Task Candidates_come_with_their_figures_and_the_criteria_for_teams_and_individuals()
    {
        await host.WaitUntilReadyAsync();
        var events = new CampaignEvents(host);
        var (v1, v2, team, a1, a2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (may10, may20) = (new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 20));
        var onTime = new DateTimeOffset(2026, 5, 12, 2, 0, 0, TimeSpan.Zero);
        await events.PublishAllAsync(
            events.Union(events.City1, null, "广州市教育工会", "city-education", 30, 300),
            new VolunteerRegistered(v1, events.City1, "李文静", "female", null, [], [], false, CampaignEvents.At),
            new VolunteerRegistered(v2, events.City1, "王强", "male", null, [], [], false, CampaignEvents.At),
            new TeamFormed(team, events.City1, "广州送教分队", "education", CampaignEvents.At),
            events.Planned(a1, events.City1, "送教一", "teaching", "designated", "education", may10, may10),
            CampaignEvents.Completed(a1, events.City1, 40, 0m),
            new ParticipantConfirmed(a1, v1, team, events.City1, CampaignEvents.At),
            new ParticipantConfirmed(a1, v2, team, events.City1, CampaignEvents.At),
            new ActivityRecorded(a1, events.City1, [new RecordedService(v1, may10, 8m), new RecordedService(v2, may10, 3m)], onTime),
            events.Planned(a2, events.City1, "义诊二", "medical", "designated", "health", may20, may20),
            CampaignEvents.Completed(a2, events.City1, 70, 0m),
            new IncidentReported(Guid.NewGuid(), a2, events.City1, "serious", new DateTimeOffset(2026, 5, 20, 3, 0, 0, TimeSpan.Zero), [v2], [], CampaignEvents.At),
            new ActivityRecorded(a2, events.City1, [new RecordedService(v2, may20, 8m)], onTime.AddDays(30)));
        var client = new ReportingService.ReportingServiceClient(host.CreateChannel());
        var viewer = host.BearerToken(PlatformRoles.ReportViewer, events.City1.ToString());
        var request = new ListCommendationCandidatesRequest { UnionId = events.City1.ToString(), CampaignYear = 2026, Kind = CandidateKind.Individual };

        var individuals = await Eventually.GetAsync(async () =>
        {
            try
            {
                return await client.ListCommendationCandidatesAsync(request, viewer);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, r => r?.Candidates.Count == 1 && r.Candidates[0].Beneficiaries == 40);

        // 王强 served 11 h but an activity of his has an open serious incident.
        var best = Assert.Single(individuals!.Candidates);
        Assert.Equal((1, "李**", 8d, 1, 40, 1d, 0), (best.Rank, best.Name, best.Hours, best.Activities, best.Beneficiaries, best.OnTimeShare, best.OpenSeriousIncidents));
        Assert.Equal(CommendationRanking.Criteria, individuals.Criteria);

        var teams = await client.ListCommendationCandidatesAsync(new ListCommendationCandidatesRequest { UnionId = events.City1.ToString(), CampaignYear = 2026, Kind = CandidateKind.Team }, viewer);
        var first = Assert.Single(teams.Candidates);
        Assert.Equal(("广州送教分队", 11d, 1, 40), (first.Name, first.Hours, first.Activities, first.Beneficiaries));
        Assert.Equal(["kind"], await RpcAssert.InvalidFieldsAsync(() => client.ListCommendationCandidatesAsync(new ListCommendationCandidatesRequest(), viewer).ResponseAsync));
    }
}
