using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Safety.Incidents;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using static Volunteer.Contracts.Auth.PlatformRoles;

namespace Volunteer.Safety.Grpc;

/// <summary>
/// Safety's edge. Safety work is for staff (provincial admins, union admins, safety officers); a volunteer
/// may only read their own cover. Every id a request names is held to the caller's reach before the
/// use case runs, so use cases neither check roles nor unions, only rules that need loaded state. Where a
/// request names two things, the one it cannot do without is marked Optional here and required by the use
/// case: a set id is checked all the same, and each is then refused for reach whatever the other holds.
/// </summary>
public sealed class SafetyApi(
    ServiceInfoProvider<SafetyDbContext> serviceInfo,
    PolicyRegistry policies,
    PolicyListing policyListing,
    PersonEnrolment enrolment,
    CoverageQuery coverage,
    SafetyPlanDesk plans,
    ActivityDirectory activities,
    IncidentDesk incidents,
    IncidentUpdate incidentUpdate,
    IncidentListing incidentListing,
    TimeProvider timeProvider) : SafetyService.SafetyServiceBase
{
    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(
        GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy.holder_union_id", ResourceTypes.Union)]
    public override async Task<RegisterPolicyResponse> RegisterPolicy(
        RegisterPolicyRequest request, ServerCallContext context) =>
        new() { Policy = await ProtoAsync(await policies.RegisterAsync(request, Cancel(context)), context) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Policy)]
    public override async Task<GetPolicyResponse> GetPolicy(GetPolicyRequest request, ServerCallContext context) =>
        new() { Policy = await ProtoAsync(await policies.FindAsync(request.Id, "id", Cancel(context)), context) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override Task<ListPoliciesResponse> ListPolicies(ListPoliciesRequest request, ServerCallContext context) =>
        policyListing.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy_id", ResourceTypes.Policy, Optional = true)]
    [InScope("volunteer_ids", ResourceTypes.StaffVolunteer)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    public override Task<EnrolPersonsResponse> EnrolPersons(EnrolPersonsRequest request, ServerCallContext context) =>
        enrolment.EnrolAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy_id", ResourceTypes.Policy)]
    public override Task<ListInsuredPersonsResponse> ListInsuredPersons(
        ListInsuredPersonsRequest request, ServerCallContext context) =>
        policyListing.ListInsuredAsync(request, context.CancellationToken);

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer, PlatformRoles.Volunteer)]
    [InScope("volunteer_ids", ResourceTypes.StaffVolunteer)]
    public override Task<GetCoverageResponse> GetCoverage(GetCoverageRequest request, ServerCallContext context) =>
        coverage.GetAsync(request, context.CancellationToken);

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("plan.activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("plan.responsible_person.volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<SaveSafetyPlanResponse> SaveSafetyPlan(
        SaveSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.SaveAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<GetSafetyPlanResponse> GetSafetyPlan(
        GetSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.GetAsync(request.ActivityId, context.CancellationToken)).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<SubmitSafetyPlanResponse> SubmitSafetyPlan(
        SubmitSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.SubmitAsync(request.ActivityId, context.CancellationToken)).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ApproveSafetyPlanResponse> ApproveSafetyPlan(
        ApproveSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.ApproveAsync(request.ActivityId, context.GetCaller(), Cancel(context))).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ReturnSafetyPlanResponse> ReturnSafetyPlan(
        ReturnSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.ReturnAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<GetActivityClearanceResponse> GetActivityClearance(
        GetActivityClearanceRequest request, ServerCallContext context) =>
        new()
        {
            Clearance = (await activities.FindAsync(request.ActivityId, "activity_id", context.CancellationToken))
                .ToClearanceProto(),
        };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("involved_volunteer_ids", ResourceTypes.StaffVolunteer)]
    public override async Task<ReportIncidentResponse> ReportIncident(
        ReportIncidentRequest request, ServerCallContext context) =>
        new() { Incident = Proto(await incidents.ReportAsync(request, context.GetCaller(), Cancel(context))) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Incident)]
    public override async Task<GetIncidentResponse> GetIncident(
        GetIncidentRequest request, ServerCallContext context) =>
        new() { Incident = Proto(await incidents.FindAsync(request.Id, context.CancellationToken)) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Incident)]
    public override async Task<UpdateIncidentResponse> UpdateIncident(
        UpdateIncidentRequest request, ServerCallContext context) =>
        new() { Incident = Proto(await incidentUpdate.UpdateAsync(request, context.GetCaller(), Cancel(context))) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    public override Task<ListIncidentsResponse> ListIncidents(
        ListIncidentsRequest request, ServerCallContext context) =>
        incidentListing.ListAsync(request, context.GetCaller(), context.CancellationToken);

    private static CancellationToken Cancel(ServerCallContext context) => context.CancellationToken;

    private async Task<Contracts.Safety.V1.Policy> ProtoAsync(Insurance.Policy policy, ServerCallContext context) =>
        policy.ToProto(await policies.InsuredCountAsync(policy.Id, Cancel(context)));

    private Contracts.Safety.V1.Incident Proto(Incidents.Incident incident) => incident.ToProto(timeProvider.GetUtcNow());
}
