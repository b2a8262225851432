using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.Testing;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using SafetyV1 = Volunteer.Contracts.Safety.V1;

namespace Volunteer.EndToEnd.Tests;

/// <summary>The safety side of the story: scope of its verdict, the block for missing insurance, insurance and the plan, an incident.</summary>
public sealed partial class NeedToRecordedHoursTests
{
    private async Task AnAdminOfAnotherCityMayNeitherReadItNorItsClearanceNorLearnThatItExistsAsync(Callers people, string activityId)
    {
        var shenzhen = await UnionTree.CityAsync(RosterApi, platform.BearerToken(PlatformRoles.ProvincialAdmin), "440300", "深圳市教育工会");
        var outsider = platform.BearerToken(PlatformRoles.UnionAdmin, shenzhen.Id, "admin-shenzhen");
        await GetClearanceAsync(people.CityAdmin, activityId); // safety knows the activity: a refusal is about scope

        await UnionScopeTests.HiddenOutsideScopeAsync(activityId,
            () => ActivityApi.GetActivityAsync(new() { Id = activityId }, outsider).ResponseAsync);
        await UnionScopeTests.HiddenOutsideScopeAsync(activityId,
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
                Risks = { "山路落石" }, Measures = { "统一乘车，雨天改期" }, EmergencyContacts =
                {
                    new SafetyV1.EmergencyContact { Name = "黄校长", Role = "校长", Phone = "13900001234" },
                },
                NearestMedicalFacility = new() { Name = "连山县人民医院", Address = "连山县吉田镇", DistanceKm = 18 },
            },
        }, people.CityAdmin);
        await SafetyApi.SubmitSafetyPlanAsync(new() { ActivityId = activityId }, people.CityAdmin);
        var approved = (await SafetyApi.ApproveSafetyPlanAsync(new() { ActivityId = activityId }, people.SafetyOfficer)).Plan;
        Assert.Equal(SafetyV1.SafetyPlanStatus.Approved, approved.Status);
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

    private async Task<SafetyV1.ActivityClearance> GetClearanceAsync(Metadata caller, string activityId) =>
        // Until ActivitySubmitted arrives safety answers FAILED_PRECONDITION (not submitted, or not heard of yet).
        (await Wait.ForReplicaAsync("safety to learn of the submitted activity",
            () => SafetyApi.GetActivityClearanceAsync(new() { ActivityId = activityId }, caller).ResponseAsync,
            StatusCode.NotFound, StatusCode.FailedPrecondition)).Clearance;

    private static HashSet<string> UninsuredVolunteers(SafetyV1.ActivityClearance clearance) =>
        [.. clearance.Reasons.Where(r => r.Code == SafetyV1.ClearanceReasonCode.Uninsured).Select(r => r.VolunteerId)];
}
