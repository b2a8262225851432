using Google.Rpc;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.EndToEnd.Tests.Campaign;
using Volunteer.Testing;
using ActivityV1 = Volunteer.Contracts.Activity.V1;
using RosterV1 = Volunteer.Contracts.Roster.V1;
using SafetyV1 = Volunteer.Contracts.Safety.V1;

namespace Volunteer.EndToEnd.Tests;

/// <summary>
/// A union admin acts for their own union and those below it, in every service, as each service's copy
/// of roster's union tree says: the admin of one city may not plan or insure for another city.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class UnionScopeTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_admin_of_another_city_may_not_plan_activities_or_register_insurance_for_a_city_outside_their_union()
    {
        using var rosterChannel = platform.CreateChannel("roster");
        using var activityChannel = platform.CreateChannel("activity");
        using var safetyChannel = platform.CreateChannel("safety");
        var roster = new RosterV1.RosterService.RosterServiceClient(rosterChannel);
        var activity = new ActivityV1.ActivityService.ActivityServiceClient(activityChannel);
        var safety = new SafetyV1.SafetyService.SafetyServiceClient(safetyChannel);
        var provincialAdmin = platform.BearerToken(PlatformRoles.ProvincialAdmin);
        var shaoguan = await UnionTree.CityAsync(roster, provincialAdmin, "440200", "韶关市教育工会");
        var shenzhen = await UnionTree.CityAsync(roster, provincialAdmin, "440300", "深圳市教育工会");
        var shenzhenAdmin = platform.BearerToken(PlatformRoles.UnionAdmin, shenzhen.Id, "admin-shenzhen");
        // The province's own union admin covers Shaoguan only through the tree: once that works, each
        // service knows where Shaoguan sits, and a refusal below is about scope, not a replica lagging.
        var provinceUnionAdmin = platform.BearerToken(PlatformRoles.UnionAdmin, shaoguan.ParentId, "admin-province-union");
        await Wait.ForReplicaAsync("activity to know Shaoguan under the province",
            () => activity.RegisterSiteAsync(Site(shaoguan.Id), provinceUnionAdmin).ResponseAsync, StatusCode.NotFound, StatusCode.PermissionDenied);
        await Wait.ForReplicaAsync("safety to know Shaoguan under the province",
            () => safety.RegisterPolicyAsync(Policy(shaoguan.Id), provinceUnionAdmin).ResponseAsync, StatusCode.NotFound, StatusCode.PermissionDenied);

        await RefusedOutsideScopeAsync(() => activity.PlanActivityAsync(Plan(shaoguan.Id), shenzhenAdmin).ResponseAsync);
        await RefusedOutsideScopeAsync(() => activity.RegisterSiteAsync(Site(shaoguan.Id), shenzhenAdmin).ResponseAsync);
        await RefusedOutsideScopeAsync(() => safety.RegisterPolicyAsync(Policy(shaoguan.Id), shenzhenAdmin).ResponseAsync);
    }

    /// <summary>PERMISSION_DENIED with the reason a client branches on.</summary>
    internal static async Task RefusedOutsideScopeAsync(Func<Task> call)
    {
        var error = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, call);
        Assert.Equal("OUTSIDE_UNION_SCOPE", error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    /// <summary>NOT_FOUND, exactly as for something that does not exist: nothing tells it is there.</summary>
    internal static async Task HiddenOutsideScopeAsync(string id, Func<Task> call)
    {
        var error = await RpcAssert.FailsAsync(StatusCode.NotFound, call);
        Assert.Equal(id, error.GetRpcStatus()?.GetDetail<ResourceInfo>()?.ResourceName);
    }

    private static ActivityV1.RegisterSiteRequest Site(string unionId) => new()
    {
        RequestId = Guid.NewGuid().ToString(), UnionId = unionId, Name = "韶关市乳源县必背镇中心小学", Kind = ActivityV1.SiteKind.School,
        RegionCode = "440232", Mode = ActivityV1.AssistanceMode.Designated,
    };

    private static SafetyV1.RegisterPolicyRequest Policy(string unionId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Policy = new()
        {
            HolderUnionId = unionId, Insurer = "中国平安韶关分公司", PolicyNumber = $"SG-{Guid.NewGuid():N}"[..20], Product = "志愿者团体意外险",
            Limits = new() { DeathDisability = "100000", Medical = "10000", MedicalDeductible = "0", ThirdPartyLiability = "0" },
            CoversFrom = "2026-04-01", CoversTo = "2026-10-31", Territory = "中国境内",
        },
    };

    private static ActivityV1.PlanActivityRequest Plan(string unionId) => new()
    {
        RequestId = Guid.NewGuid().ToString(), UnionId = unionId, Name = "送教下乡·乳源必背", Form = ActivityV1.ActivityForm.Teaching,
        Domain = ActivityV1.ServiceDomain.Education, Mode = ActivityV1.AssistanceMode.Designated, TeamIds = { Guid.NewGuid().ToString() },
        StartsOn = "2026-10-20", EndsOn = "2026-10-20", Place = "乳源县必背镇中心小学", RegionCode = "440232", LeaderName = "赵明",
        Content = "语文示范课", RiskStatement = "山区道路。", Budget = new() { Amount = "800.00", Source = ActivityV1.FundingSource.Union },
    };
}
