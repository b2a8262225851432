using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Volunteer.Contracts.Safety.V1;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.Safety.Tests;

/// <summary>
/// Two unions, A and B, neither within the other, each with a volunteer, an activity, a policy and an
/// incident; A has a second volunteer, so a volunteer of A can be shown someone in their own union, and a
/// team whose captain leads activity A.
/// </summary>
public sealed record TwoUnionWorld(Guid UnionA, Guid UnionB, Guid VolunteerA, Guid NeighbourA, Guid VolunteerB,
    Guid ActivityA, Guid ActivityB, string PolicyA, string PolicyB, string IncidentA, string IncidentB, Guid CaptainA)
{
    public static async Task<TwoUnionWorld> BuildAsync(SafetyTestData data)
    {
        var (a, b) = (await data.CityAsync(), await data.CityAsync());
        var (volunteerA, neighbourA) = (await data.VolunteerAsync(a), await data.VolunteerAsync(a));
        var volunteerB = await data.VolunteerAsync(b);
        var (teamA, captainA) = await data.CaptainedTeamAsync(a);
        var activityA = await data.ActivityAsync(a, [volunteerA], teams: [teamA]);
        var activityB = await data.ActivityAsync(b, [volunteerB]);
        var (policyA, policyB) = ((await data.PolicyAsync(a)).Id, (await data.PolicyAsync(b)).Id);
        return new TwoUnionWorld(a, b, volunteerA, neighbourA, volunteerB, activityA, activityB, policyA, policyB,
            await IncidentAsync(data, activityA, volunteerA), await IncidentAsync(data, activityB, volunteerB),
            captainA);
    }

    /// <summary>Ids of the resource type within the reach of A's role and outside it.</summary>
    public (string InReach, string OutOfReach)? ThingsFor(string resourceType, string role) => resourceType switch
    {
        ResourceTypes.Union => (UnionA.ToString(), UnionB.ToString()),
        ResourceTypes.Policy => (PolicyA, PolicyB),
        ResourceTypes.Activity => (ActivityA.ToString(), ActivityB.ToString()),
        ResourceTypes.Incident => (IncidentA, IncidentB),
        // A volunteer reaches only themself, not even a neighbour of their own union.
        ResourceTypes.StaffVolunteer when role == Contracts.Auth.PlatformRoles.Volunteer =>
            (VolunteerA.ToString(), NeighbourA.ToString()),
        ResourceTypes.StaffVolunteer => (VolunteerA.ToString(), VolunteerB.ToString()),
        _ => null,
    };

    public static ReportIncidentRequest Report(Guid activity, Guid involved, string requestId = "") => new()
    {
        RequestId = requestId,
        ActivityId = activity.ToString(),
        OccurredTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
        Place = "连南县三江镇中心小学",
        Severity = IncidentSeverity.Minor,
        InvolvedVolunteerIds = { involved.ToString() },
        Description = "擦伤",
    };

    private static async Task<string> IncidentAsync(SafetyTestData data, Guid activity, Guid involved) =>
        (await data.Client().ReportIncidentAsync(Report(activity, involved), data.Province)).Incident.Id;
}
