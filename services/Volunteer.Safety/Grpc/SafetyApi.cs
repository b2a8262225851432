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

namespace Volunteer.Safety.Grpc;

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
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<RegisterPolicyResponse> RegisterPolicy(RegisterPolicyRequest request, ServerCallContext context)
    {
        var policy = await policies.RegisterAsync(request, context.GetCaller(), context.CancellationToken);
        return new() { Policy = policy.ToProto(await policies.InsuredCountAsync(policy.Id, context.CancellationToken)) };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<GetPolicyResponse> GetPolicy(GetPolicyRequest request, ServerCallContext context)
    {
        var policy = await policies.FindAsync(request.Id, "id", context.GetCaller(), context.CancellationToken);
        return new() { Policy = policy.ToProto(await policies.InsuredCountAsync(policy.Id, context.CancellationToken)) };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override Task<ListPoliciesResponse> ListPolicies(ListPoliciesRequest request, ServerCallContext context) =>
        policyListing.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override Task<EnrolPersonsResponse> EnrolPersons(EnrolPersonsRequest request, ServerCallContext context) =>
        enrolment.EnrolAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override Task<ListInsuredPersonsResponse> ListInsuredPersons(ListInsuredPersonsRequest request, ServerCallContext context) =>
        policyListing.ListInsuredAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.Volunteer)]
    public override Task<GetCoverageResponse> GetCoverage(GetCoverageRequest request, ServerCallContext context) =>
        coverage.GetAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<SaveSafetyPlanResponse> SaveSafetyPlan(SaveSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.SaveAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<GetSafetyPlanResponse> GetSafetyPlan(GetSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.GetAsync(request.ActivityId, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<SubmitSafetyPlanResponse> SubmitSafetyPlan(SubmitSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.SubmitAsync(request.ActivityId, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<ApproveSafetyPlanResponse> ApproveSafetyPlan(ApproveSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.ApproveAsync(request.ActivityId, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<ReturnSafetyPlanResponse> ReturnSafetyPlan(ReturnSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.ReturnAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<GetActivityClearanceResponse> GetActivityClearance(GetActivityClearanceRequest request, ServerCallContext context) =>
        new() { Clearance = (await activities.FindAsync(request.ActivityId, "activity_id", context.GetCaller(), context.CancellationToken)).ToClearanceProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<ReportIncidentResponse> ReportIncident(ReportIncidentRequest request, ServerCallContext context) =>
        new() { Incident = (await incidents.ReportAsync(request, context.GetCaller(), context.CancellationToken)).ToProto(timeProvider.GetUtcNow()) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<GetIncidentResponse> GetIncident(GetIncidentRequest request, ServerCallContext context) =>
        new() { Incident = (await incidents.FindAsync(request.Id, context.GetCaller(), context.CancellationToken)).ToProto(timeProvider.GetUtcNow()) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override async Task<UpdateIncidentResponse> UpdateIncident(UpdateIncidentRequest request, ServerCallContext context) =>
        new() { Incident = (await incidentUpdate.UpdateAsync(request, context.GetCaller(), context.CancellationToken)).ToProto(timeProvider.GetUtcNow()) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer)]
    public override Task<ListIncidentsResponse> ListIncidents(ListIncidentsRequest request, ServerCallContext context) =>
        incidentListing.ListAsync(request, context.GetCaller(), context.CancellationToken);
}
