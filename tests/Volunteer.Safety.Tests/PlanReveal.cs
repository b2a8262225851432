using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Safety.Tests;

/// <summary>Reveals of a plan's contact phones and their audit, as the reveal tests ask for them.</summary>
internal static class PlanReveal
{
    /// <summary>The campaign's today: windows are counted in its days, so tests place activities around it.</summary>
    public static DateOnly Today => CampaignClock.Today(TimeProvider.System);

    /// <summary>An activity of the union starting startsIn days from today, of the teams given, with a plan.</summary>
    public static async Task<Guid> PlannedActivityAsync(
        SafetyTestData data, Guid union, int startsIn, IReadOnlyList<Guid>? teams = null)
    {
        var activity = await data.ActivityAsync(union, [], startsOn: Today.AddDays(startsIn), teams: teams);
        await data.Client().SaveSafetyPlanAsync(
            new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, data.Officer(union));
        return activity;
    }

    public static async Task<RevealPlanContactPhonesResponse> RevealAsync(
        SafetyTestData data, Guid activity, string reason, Metadata token) =>
        await data.Client().RevealPlanContactPhonesAsync(
            new RevealPlanContactPhonesRequest { ActivityId = activity.ToString(), Reason = reason }, token);

    public static async Task<List<PlanContactReveal>> AuditedAsync(SafetyTestData data, Guid activity) =>
        [.. (await data.Client().ListPlanContactRevealsAsync(
            new ListPlanContactRevealsRequest { ActivityId = activity.ToString(), PageSize = 500 }, data.Province))
            .Reveals];
}
