using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Campaign;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using ReportingV1 = Volunteer.Contracts.Reporting.V1;
using RosterV1 = Volunteer.Contracts.Roster.V1;
using SafetyV1 = Volunteer.Contracts.Safety.V1;

namespace Volunteer.EndToEnd.Tests;

/// <summary>
/// One activity from a site's need to recorded hours, through the four running services and the broker,
/// and what the volunteer's record, certificate and the month's digest then say about it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class NeedToRecordedHoursTests(PlatformFixture platform) : IDisposable
{
    private readonly Grpc.Net.Client.GrpcChannel _rosterChannel = platform.CreateChannel("roster");
    private readonly Grpc.Net.Client.GrpcChannel _activityChannel = platform.CreateChannel("activity");
    private readonly Grpc.Net.Client.GrpcChannel _safetyChannel = platform.CreateChannel("safety");
    private readonly Grpc.Net.Client.GrpcChannel _reportingChannel = platform.CreateChannel("reporting");

    private RosterV1.RosterService.RosterServiceClient RosterApi => new(_rosterChannel);
    private ActivityV1.ActivityService.ActivityServiceClient ActivityApi => new(_activityChannel);
    private SafetyV1.SafetyService.SafetyServiceClient SafetyApi => new(_safetyChannel);
    private ReportingV1.ReportingService.ReportingServiceClient ReportingApi => new(_reportingChannel);

    [Fact]
    public async Task A_need_served_by_a_team_becomes_recorded_hours_that_the_record_certificate_and_digest_show_exactly()
    {
        var city = await UnionTree.CityAsync(RosterApi, platform.BearerToken(PlatformRoles.ProvincialAdmin), "440100", "广州市教育工会");
        var people = new Callers(platform, city.Id);
        var team = await ServiceTeam.FormAsync(RosterApi, people.CityAdmin, city.Id, "广州市第六中学送教分队", volunteers: 3, Timeline.JoinedOn, Timeline.TrainedOn);

        var need = await RegisterVerifiedNeedAsync(people, city.Id, team);
        await MatchTheTeamAsync(people, need, team);
        var activity = await PlanAndSubmitAsync(people, city.Id, need, team);
        await AnAdminOfAnotherCityMayNeitherReadItNorItsClearanceNorLearnThatItExistsAsync(people, activity.Id);
        foreach (var volunteer in team.Members)
        {
            await ActivityApi.ConfirmParticipationAsync(new() { ActivityId = activity.Id, VolunteerId = volunteer }, people.Volunteer(volunteer));
        }

        await ItIsBlockedBecauseNobodyIsInsuredAsync(people, activity.Id, team);
        await InsureAndApproveThePlanAsync(people, city.Id, activity.Id, team);
        await Wait.UntilAsync("the activity to be cleared after insurance and an approved plan",
            () => GetActivityAsync(people, activity.Id), a => a.Status == ActivityV1.ActivityStatus.Cleared);
        Assert.Empty((await GetClearanceAsync(people.CityAdmin, activity.Id)).Reasons);

        await ActivityApi.StartActivityAsync(new() { Id = activity.Id }, people.CityAdmin);
        await TakeAttendanceAsync(people, activity.Id, team);
        await CompleteAndRecordAsync(people, activity.Id);
        var incident = await ReportAMinorIncidentAsync(people, activity.Id, team.VolunteerIds[0]);

        await TheVolunteerSeesTheirHoursInTheirActivitiesAsync(people, activity.Id, team.VolunteerIds[0]);
        await TheVolunteersRecordShowsExactlyThoseDaysAsync(people, activity, team.VolunteerIds[0]);
        await TheExportForTheNationalSystemHasARowPerVolunteerAndDayAsync(people, activity.Id, team);
        await ACertificateVerifiesAnonymouslyAsync(people, team.VolunteerIds[0], activity.Name);
        await TheMonthsDigestShowsTheHoursTheActivityAndTheIncidentAsync(people, activity, team, incident.Severity);
    }

    private async Task<ActivityV1.Need> RegisterVerifiedNeedAsync(Callers people, string unionId, ServiceTeam team)
    {
        var site = (await Wait.ForReplicaAsync("activity to learn of the city union", () => ActivityApi.RegisterSiteAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = unionId, Name = "清远市连山县太保镇中心小学", Kind = ActivityV1.SiteKind.School,
            RegionCode = "441825", Mode = ActivityV1.AssistanceMode.Designated, Contact = new() { Name = "黄校长", Phone = "0763-6612345" },
        }, people.CityAdmin).ResponseAsync, StatusCode.NotFound, StatusCode.PermissionDenied)).Site;
        var need = (await ActivityApi.RegisterNeedAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), SiteId = site.Id, Title = "初三物理实验课", Domain = ActivityV1.ServiceDomain.Education,
            Skills = { team.Members.Select((_, i) => ServiceTeam.SkillOf(i)) }, WishedFrom = Timeline.StartsOn, WishedTo = Timeline.EndsOn,
            RiskStatement = "山路弯多，雨季有落石。",
        }, people.CityAdmin)).Need;
        return (await ActivityApi.VerifyNeedAsync(new() { NeedId = need.Id }, people.CityAdmin)).Need;
    }

    private async Task MatchTheTeamAsync(Callers people, ActivityV1.Need need, ServiceTeam team)
    {
        // Every member brings one wanted skill: all of them wanted means activity knows the whole active team.
        var allSkills = $"成员具备所需{team.Members.Count}项技能中的{team.Members.Count}项";
        var suggestions = await Wait.UntilAsync("activity to know the team, active, with every member's skills",
            async () => (await ActivityApi.SuggestTeamsAsync(new() { NeedId = need.Id }, people.CityAdmin)).Suggestions,
            s => s.Any(t => t.TeamId == team.TeamId && t.Reasons.Contains(allSkills)));

        Assert.Equal(team.TeamId, suggestions[0].TeamId);
        var matched = (await ActivityApi.ConfirmMatchAsync(new() { NeedId = need.Id, TeamId = team.TeamId }, people.CityAdmin)).Need;
        Assert.Equal(ActivityV1.NeedStatus.Matched, matched.Status);
    }

    private async Task<ActivityV1.Activity> PlanAndSubmitAsync(Callers people, string unionId, ActivityV1.Need need, ServiceTeam team)
    {
        var draft = (await ActivityApi.PlanActivityAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), UnionId = unionId, Name = "送教下乡·连山太保中心小学", Form = ActivityV1.ActivityForm.Teaching,
            Domain = ActivityV1.ServiceDomain.Education, Mode = ActivityV1.AssistanceMode.Designated, SiteId = need.SiteId, NeedId = need.Id,
            TeamIds = { team.TeamId }, DepartsOn = Timeline.DepartsOn, StartsOn = Timeline.StartsOn, EndsOn = Timeline.EndsOn,
            Place = "连山县太保镇中心小学", RegionCode = "441825", LeaderName = "李建国", Content = "初三物理实验示范课与教研交流",
            RiskStatement = "山路弯多，雨季有落石；统一乘车往返。", Budget = new() { Amount = "3500.00", Source = ActivityV1.FundingSource.Union },
        }, people.CityAdmin)).Activity;

        Assert.Equal(2026, draft.CampaignYear);
        Assert.Equal(team.Members.Order(), draft.Participants.Select(p => p.VolunteerId).Order());
        return (await ActivityApi.SubmitActivityAsync(new() { Id = draft.Id }, people.CityAdmin)).Activity;
    }

    // The days lie behind the test's clock, so the organising union records them (补录): a volunteer
    // checks in only at the present time.
    private async Task TakeAttendanceAsync(Callers people, string activityId, ServiceTeam team)
    {
        foreach (var volunteer in team.Members)
        {
            foreach (var day in Timeline.Days)
            {
                var open = (await ActivityApi.CheckInAsync(new()
                {
                    ActivityId = activityId, VolunteerId = volunteer, CheckInTime = Timeline.At(day.Day, day.CheckIn), Place = "连山县太保镇中心小学",
                }, people.CityAdmin)).Attendance;
                var closed = (await ActivityApi.CheckOutAsync(new()
                {
                    AttendanceId = open.Id, CheckOutTime = Timeline.At(day.Day, day.CheckOut), TravelMinutes = day.TravelMinutes,
                }, people.CityAdmin)).Attendance;

                Assert.Equal(day.Day, closed.Day);
                Assert.Equal(day.Hours, closed.Hours);
                Assert.Equal(ActivityV1.HoursStatus.Counted, closed.HoursStatus);
            }
        }
    }

    private async Task CompleteAndRecordAsync(Callers people, string activityId)
    {
        await ActivityApi.CompleteActivityAsync(new()
        {
            Id = activityId,
            Outcomes = new()
            {
                Beneficiaries = { new ActivityV1.Beneficiaries { Kind = ActivityV1.BeneficiaryKind.Students, Count = 120 } },
                Summary = "两天完成六节实验示范课，与本校教师教研交流一次。", Evaluation = "学校评价良好。",
            },
        }, people.CityAdmin);
        var recorded = await ActivityApi.RecordActivityAsync(new() { Id = activityId }, people.CityAdmin);

        Assert.Equal(ActivityV1.ActivityStatus.Recorded, recorded.Activity.Status);
        // Ten working days after mid-October are long past on the story's today (late November).
        Assert.True(recorded.Late, $"recorded after {recorded.Activity.RecordDueOn} yet not flagged late");
    }

    private async Task TheVolunteerSeesTheirHoursInTheirActivitiesAsync(Callers people, string activityId, string volunteerId)
    {
        var mine = await ActivityApi.ListMyActivitiesAsync(new(), people.Volunteer(volunteerId));

        var line = Assert.Single(mine.Activities);
        Assert.Equal((activityId, ActivityV1.ActivityStatus.Recorded, ActivityV1.ParticipantStatus.Confirmed, Timeline.HoursPerVolunteer, 0.0),
            (line.ActivityId, line.Status, line.Participation, line.CountedHours, line.PendingHours));
        Assert.Equal(Timeline.HoursPerVolunteer, mine.TotalCountedHours);
    }

    private async Task<ActivityV1.Activity> GetActivityAsync(Callers people, string activityId) =>
        (await ActivityApi.GetActivityAsync(new() { Id = activityId }, people.CityAdmin)).Activity;

    public void Dispose()
    {
        _rosterChannel.Dispose();
        _activityChannel.Dispose();
        _safetyChannel.Dispose();
        _reportingChannel.Dispose();
    }
}
