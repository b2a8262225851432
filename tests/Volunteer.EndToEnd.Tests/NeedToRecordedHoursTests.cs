using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.Testing;
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
public sealed class NeedToRecordedHoursTests(PlatformFixture platform) : IDisposable
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
        await AnAdminOfAnotherCityMayNeitherReadItNorItsClearanceAsync(people, activity.Id);
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
        var allSkills = $"{team.Members.Count} of {team.Members.Count} wanted skills among members";
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

    private async Task AnAdminOfAnotherCityMayNeitherReadItNorItsClearanceAsync(Callers people, string activityId)
    {
        var shenzhen = await UnionTree.CityAsync(RosterApi, platform.BearerToken(PlatformRoles.ProvincialAdmin), "440300", "深圳市教育工会");
        var outsider = platform.BearerToken(PlatformRoles.UnionAdmin, shenzhen.Id, "admin-shenzhen");
        await GetClearanceAsync(people.CityAdmin, activityId); // safety knows the activity: a refusal is about scope

        await UnionScopeTests.RefusedOutsideScopeAsync(() => ActivityApi.GetActivityAsync(new() { Id = activityId }, outsider).ResponseAsync);
        await UnionScopeTests.RefusedOutsideScopeAsync(
            () => SafetyApi.GetActivityClearanceAsync(new() { ActivityId = activityId }, outsider).ResponseAsync);
    }

    private async Task ItIsBlockedBecauseNobodyIsInsuredAsync(Callers people, string activityId, ServiceTeam team)
    {
        var clearance = await Wait.UntilAsync("safety to block the activity for every confirmed participant's missing insurance",
            () => GetClearanceAsync(people.CityAdmin, activityId),
            c => UninsuredVolunteers(c).SetEquals(team.Members));
        Assert.False(clearance.Cleared);
        Assert.All(clearance.Reasons.Where(r => r.Code == SafetyV1.ClearanceReasonCode.Uninsured),
            r => Assert.Equal(new[] { Timeline.DepartsOn, Timeline.StartsOn, Timeline.EndsOn }, r.Days));
        Assert.DoesNotContain(clearance.Reasons, r => r.Code == SafetyV1.ClearanceReasonCode.NoSafetyTraining);

        await Wait.UntilAsync("activity to hear that safety blocked it for every participant's missing insurance",
            () => GetActivityAsync(people, activityId),
            a => a.Status == ActivityV1.ActivityStatus.Blocked
                && a.Clearance.Reasons.Where(r => r.Code == "UNINSURED").Select(r => r.VolunteerId).ToHashSet().SetEquals(team.Members));
        var refusal = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => ActivityApi.StartActivityAsync(new() { Id = activityId }, people.CityAdmin).ResponseAsync);
        Assert.Equal("NOT_CLEARED", refusal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var uninsured = refusal.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Where(v => v.Type == "UNINSURED");
        Assert.Equal(team.Members.Select(m => $"volunteer/{m}").Order(), uninsured.Select(v => v.Subject).Order());
    }

    private async Task InsureAndApproveThePlanAsync(Callers people, string unionId, string activityId, ServiceTeam team)
    {
        var policy = (await SafetyApi.RegisterPolicyAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(),
            Policy = new()
            {
                HolderUnionId = unionId, Insurer = "中国人寿广州分公司", PolicyNumber = $"GZ-E2E-{Guid.NewGuid():N}"[..24], Product = "志愿者团体意外险",
                Limits = new() { DeathDisability = "200000", Medical = "20000", MedicalDeductible = "100", ThirdPartyLiability = "0" },
                CoversFrom = "2026-04-01", CoversTo = Timeline.MonthEnd, Territory = "中国境内", TravelCovered = true,
            },
        }, people.CityAdmin)).Policy;
        var enrolled = await SafetyApi.EnrolPersonsAsync(new() { PolicyId = policy.Id, ActivityId = activityId }, people.CityAdmin);
        Assert.Equal(team.Members.Order(), enrolled.Persons.Select(p => p.VolunteerId).Order());

        await SafetyApi.SaveSafetyPlanAsync(new()
        {
            Plan = new()
            {
                ActivityId = activityId, ResponsiblePerson = new() { Name = "李建国", VolunteerId = team.CaptainId, Role = "领队" },
                Risks = { "山路落石" }, Measures = { "统一乘车，雨天改期" }, EmergencyContacts = { new SafetyV1.EmergencyContact { Name = "黄校长", Role = "校长" } },
                NearestMedicalFacility = new() { Name = "连山县人民医院", Address = "连山县吉田镇", DistanceKm = 18 },
            },
        }, people.CityAdmin);
        await SafetyApi.SubmitSafetyPlanAsync(new() { ActivityId = activityId }, people.CityAdmin);
        var approved = (await SafetyApi.ApproveSafetyPlanAsync(new() { ActivityId = activityId }, people.SafetyOfficer)).Plan;
        Assert.Equal(SafetyV1.SafetyPlanStatus.Approved, approved.Status);
    }

    private async Task TakeAttendanceAsync(Callers people, string activityId, ServiceTeam team)
    {
        foreach (var volunteer in team.Members)
        {
            foreach (var day in Timeline.Days)
            {
                var open = (await ActivityApi.CheckInAsync(new()
                {
                    ActivityId = activityId, VolunteerId = volunteer, CheckInTime = Timeline.At(day.Day, day.CheckIn), Place = "连山县太保镇中心小学",
                }, people.Volunteer(volunteer))).Attendance;
                var closed = (await ActivityApi.CheckOutAsync(new()
                {
                    AttendanceId = open.Id, CheckOutTime = Timeline.At(day.Day, day.CheckOut), TravelMinutes = day.TravelMinutes,
                }, people.Volunteer(volunteer))).Attendance;

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

    private async Task<SafetyV1.Incident> ReportAMinorIncidentAsync(Callers people, string activityId, string volunteerId)
    {
        var incident = (await SafetyApi.ReportIncidentAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), ActivityId = activityId, OccurredTime = Timeline.At(Timeline.StartsOn, new TimeOnly(11, 0)),
            Place = "实验室", Severity = SafetyV1.IncidentSeverity.Minor, InvolvedVolunteerIds = { volunteerId },
            Description = "搬运器材时手指轻微划伤。", FirstResponse = "现场消毒包扎。",
        }, people.CityAdmin)).Incident;

        Assert.Empty(incident.UninsuredVolunteerIds);
        return incident;
    }

    private async Task TheVolunteerSeesTheirHoursInTheirActivitiesAsync(Callers people, string activityId, string volunteerId)
    {
        var mine = await ActivityApi.ListMyActivitiesAsync(new(), people.Volunteer(volunteerId));

        var line = Assert.Single(mine.Activities);
        Assert.Equal((activityId, ActivityV1.ActivityStatus.Recorded, ActivityV1.ParticipantStatus.Confirmed, Timeline.HoursPerVolunteer, 0.0),
            (line.ActivityId, line.Status, line.Participation, line.CountedHours, line.PendingHours));
        Assert.Equal(Timeline.HoursPerVolunteer, mine.TotalCountedHours);
    }

    private async Task TheVolunteersRecordShowsExactlyThoseDaysAsync(Callers people, ActivityV1.Activity activity, string volunteerId)
    {
        var record = await Wait.UntilAsync("reporting to record the activity's hours on the volunteer's service record",
            async () => (await ReportingApi.GetServiceRecordAsync(new() { VolunteerId = volunteerId }, people.Volunteer(volunteerId))).Record,
            r => r.Services.Count > 0);

        Assert.Equal(Timeline.Days.Select(d => (activity.Id, d.Day, d.Hours)), record.Services.Select(s => (s.ActivityId, s.Date, s.Hours)));
        Assert.All(record.Services, s => Assert.Equal(
            (activity.Name, activity.Place, activity.LeaderName, "广州市教育工会"), (s.ActivityName, s.Place, s.PersonInCharge, s.OrganiserUnionName)));
        Assert.Equal(Timeline.HoursPerVolunteer, record.TotalHours);
        Assert.Equal("王**", record.MaskedName);
        Assert.Contains(record.Trainings, t => t.Kind == "safety" && t.Date == Timeline.TrainedOn);
    }

    private async Task ACertificateVerifiesAnonymouslyAsync(Callers people, string volunteerId, string activityName)
    {
        var issued = (await ReportingApi.IssueCertificateAsync(new()
        {
            RequestId = Guid.NewGuid().ToString(), VolunteerId = volunteerId, PeriodStart = Timeline.MonthStart, PeriodEnd = Timeline.MonthEnd,
        }, people.Volunteer(volunteerId))).Certificate;
        var verified = (await ReportingApi.VerifyCertificateAsync(new() { Code = issued.VerificationCode })).Certificate;

        Assert.Equal(Timeline.HoursPerVolunteer, issued.TotalHours);
        Assert.Contains(activityName, issued.Content);
        Assert.Equal((issued.Number, Timeline.HoursPerVolunteer, 1), (verified.Number, verified.TotalHours, verified.Activities));
        Assert.Empty(verified.VolunteerId);
        var altered = issued.VerificationCode[..^1] + (issued.VerificationCode[^1] == 'A' ? 'B' : 'A');
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => ReportingApi.VerifyCertificateAsync(new() { Code = altered }).ResponseAsync);
    }

    private async Task TheMonthsDigestShowsTheHoursTheActivityAndTheIncidentAsync(
        Callers people, ActivityV1.Activity activity, ServiceTeam team, SafetyV1.IncidentSeverity severity)
    {
        var totalHours = Timeline.HoursPerVolunteer * team.Members.Count;
        // The digest is produced once per month: only after reporting has everything it must show.
        await Wait.UntilAsync("reporting's figures for October to hold the recorded hours and the incident",
            async () => (await ReportingApi.GetFiguresAsync(new() { PeriodStart = Timeline.MonthStart, PeriodEnd = Timeline.MonthEnd }, people.ProvincialAdmin)).Figures,
            f => f.RecordedHours == totalHours && f.IncidentsBySeverity.Sum(t => t.Count) == 1);

        var generated = await ReportingApi.GenerateDigestAsync(new()
        {
            Kind = ReportingV1.DigestKind.Monthly, PeriodDay = Timeline.StartsOn,
        }, people.ProvincialAdmin);
        var produced = generated.Digest;
        Assert.True(generated.Created, "October's province digest existed already: another test produced it before this story's data");
        var digest = await ReportingApi.GetDigestAsync(new() { Id = produced.Id, Format = ReportingV1.DigestFormat.Json }, people.ProvincialAdmin);
        using var content = JsonDocument.Parse(digest.Content);
        var figures = content.RootElement.GetProperty("figures");

        Assert.Equal((Timeline.MonthStart, Timeline.MonthEnd), (produced.PeriodStart, produced.PeriodEnd));
        Assert.Equal(totalHours, figures.GetProperty("serviceHours").GetDouble());
        Assert.Equal(totalHours, figures.GetProperty("recordedHours").GetDouble());
        Assert.Equal(1, figures.GetProperty("activities").GetInt32());
        Assert.Equal(team.Members.Count, figures.GetProperty("volunteersServed").GetInt32());
        Assert.Equal(120, figures.GetProperty("beneficiaries").GetInt32());
        var notable = Assert.Single(content.RootElement.GetProperty("notableActivities").EnumerateArray());
        Assert.Equal((activity.Name, 120), (notable.GetProperty("name").GetString(), notable.GetProperty("beneficiaries").GetInt32()));
        var teamLine = Assert.Single(content.RootElement.GetProperty("topTeams").EnumerateArray());
        Assert.Equal((team.TeamName, totalHours), (teamLine.GetProperty("name").GetString(), teamLine.GetProperty("hours").GetDouble()));
        var incidentLine = Assert.Single(content.RootElement.GetProperty("incidents").EnumerateArray());
        Assert.Equal(activity.Name, incidentLine.GetProperty("activityName").GetString());
        Assert.Equal(Timeline.StartsOn, incidentLine.GetProperty("occurredOn").GetString());
        Assert.Equal(severity.ToString().ToLowerInvariant(), incidentLine.GetProperty("severity").GetString());
    }

    private async Task<ActivityV1.Activity> GetActivityAsync(Callers people, string activityId) =>
        (await ActivityApi.GetActivityAsync(new() { Id = activityId }, people.CityAdmin)).Activity;

    private async Task<SafetyV1.ActivityClearance> GetClearanceAsync(Metadata caller, string activityId) =>
        // Until ActivitySubmitted arrives safety answers FAILED_PRECONDITION (not submitted, or not heard of yet).
        (await Wait.ForReplicaAsync("safety to learn of the submitted activity",
            () => SafetyApi.GetActivityClearanceAsync(new() { ActivityId = activityId }, caller).ResponseAsync,
            StatusCode.NotFound, StatusCode.FailedPrecondition)).Clearance;

    private static HashSet<string> UninsuredVolunteers(SafetyV1.ActivityClearance clearance) =>
        [.. clearance.Reasons.Where(r => r.Code == SafetyV1.ClearanceReasonCode.Uninsured).Select(r => r.VolunteerId)];

    public void Dispose()
    {
        _rosterChannel.Dispose();
        _activityChannel.Dispose();
        _safetyChannel.Dispose();
        _reportingChannel.Dispose();
    }
}
