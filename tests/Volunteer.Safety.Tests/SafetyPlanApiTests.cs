using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class SafetyPlanApiTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_plan_goes_from_draft_through_return_and_resubmission_to_approval_by_someone_else()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var client = _data.Client();
        var author = _data.Officer(city, "author");
        var reviewer = _data.UnionAdmin(city, "reviewer");
        var byActivity = activity.ToString();
        await using var watch = await EventWatch.StartAsync(host.Messaging, "SafetyPlanApproved");

        var draft = (await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, author)).Plan;
        await client.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = byActivity }, author);
        var returned = (await client.ReturnSafetyPlanAsync(new ReturnSafetyPlanRequest { ActivityId = byActivity, Reason = "缺少雷雨天气预案" }, reviewer)).Plan;
        var revised = SafetyTestData.CompletePlan(activity);
        revised.Risks.Add("雷雨");
        await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = revised }, author);
        await client.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = byActivity }, author);
        var byAuthor = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.ApproveSafetyPlanAsync(new ApproveSafetyPlanRequest { ActivityId = byActivity }, _data.UnionAdmin(city, "author")).ResponseAsync);
        var approved = (await client.ApproveSafetyPlanAsync(new ApproveSafetyPlanRequest { ActivityId = byActivity }, reviewer)).Plan;
        var read = (await client.GetSafetyPlanAsync(new GetSafetyPlanRequest { ActivityId = byActivity }, _data.Province)).Plan;
        var published = await watch.NextAsync(m => m.GetProperty("activityId").GetString() == byActivity);

        Assert.Equal(SafetyPlanStatus.Draft, draft.Status);
        Assert.Equal((SafetyPlanStatus.Returned, "缺少雷雨天气预案"), (returned.Status, returned.ReturnReason));
        Assert.Equal("APPROVER_IS_AUTHOR", Rule(byAuthor));
        Assert.Equal((SafetyPlanStatus.Approved, "reviewer", "author"), (approved.Status, approved.Approver, approved.Author));
        Assert.Equal(approved, read);
        Assert.Equal(["山路湿滑", "雷雨"], read.Risks);
        Assert.Equal("0763-6612120", read.NearestMedicalFacility.Phone);
        Assert.Equal("王领队", published.GetProperty("responsiblePersonName").GetString());
    }

    [Fact]
    public async Task Illegal_steps_are_refused_with_the_rule_broken()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var client = _data.Client();
        var byActivity = activity.ToString();
        var incomplete = new SafetyPlan { ActivityId = byActivity, Risks = { "落水" } };

        await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = incomplete }, _data.Officer(city));
        var missing = await RpcAssert.InvalidFieldsAsync(() => client.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = byActivity }, _data.Officer(city)).ResponseAsync);
        var notSubmitted = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.ApproveSafetyPlanAsync(new ApproveSafetyPlanRequest { ActivityId = byActivity }, _data.Province).ResponseAsync);
        await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, _data.Officer(city));
        await client.SubmitSafetyPlanAsync(new SubmitSafetyPlanRequest { ActivityId = byActivity }, _data.Officer(city));
        var locked = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition,
            () => client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, _data.Officer(city)).ResponseAsync);
        var noReason = await RpcAssert.InvalidFieldsAsync(
            () => client.ReturnSafetyPlanAsync(new ReturnSafetyPlanRequest { ActivityId = byActivity, Reason = " " }, _data.Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(Guid.NewGuid()) }, _data.Province).ResponseAsync);

        Assert.Equal(["plan.emergency_contacts", "plan.measures", "plan.nearest_medical_facility.name", "plan.responsible_person.name"], missing);
        Assert.Equal("PLAN_NOT_SUBMITTED", Rule(notSubmitted));
        Assert.Equal("PLAN_NOT_EDITABLE", Rule(locked));
        Assert.Equal(["reason"], noReason);
    }

    [Fact]
    public async Task Bad_plan_fields_are_named_and_callers_outside_the_union_are_refused()
    {
        var city = await _data.CityAsync();
        var elsewhere = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var plan = SafetyTestData.CompletePlan(activity);
        plan.ResponsiblePerson.Name = new string('n', 51);
        plan.EmergencyContacts.Add(new EmergencyContact { Name = "", Role = new string('r', 51) });
        plan.NearestMedicalFacility.DistanceKm = -1;
        plan.NearestMedicalFacility.Phone = "12345";
        var client = _data.Client();

        var fields = await RpcAssert.InvalidFieldsAsync(() => client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = plan }, _data.Province).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound,
            () => client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, _data.Officer(elsewhere)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) },
            host.BearerToken(PlatformRoles.TeamCaptain, city.ToString(), Guid.NewGuid().ToString())).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetSafetyPlanAsync(new GetSafetyPlanRequest { ActivityId = activity.ToString() }, _data.Province).ResponseAsync);

        Assert.Equal(
            ["plan.emergency_contacts[1].name", "plan.emergency_contacts[1].phone", "plan.emergency_contacts[1].role",
                "plan.nearest_medical_facility.distance_km", "plan.nearest_medical_facility.phone",
                "plan.responsible_person.name"],
            fields);
    }

    private static string Rule(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations[0].Type;
}
