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
/// may only read their own cover, and a team's captain reports incidents of their team's activities and
/// calls the emergency contacts of their plans.
/// Every id a request names is held to the caller's reach before the use case runs, so use cases neither
/// check roles nor unions, only rules that need loaded state. Where a request names two things, the one
/// it cannot do without is marked Optional here and required by the use case: a set id is checked all the
/// same, and each is then refused for reach whatever the other holds.
/// </summary>
public sealed class SafetyApi(
    ServiceInfoProvider<SafetyDbContext> serviceInfo,
    PolicyRegistry policies,
    PolicyUpdate policyUpdate,
    PolicyListing policyListing,
    PersonEnrolment enrolment,
    CoverageQuery coverage,
    SafetyPlanDesk plans,
    PlanContactPhoneReveal planReveal,
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
        RegisterPolicyRequest request, ServerCallContext context)
    {
        var policy = await policies.RegisterAsync(PolicyValidation.Register(request), Cancel(context));
        return new() { Policy = await ProtoAsync(policy, context) };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Policy)]
    public override async Task<GetPolicyResponse> GetPolicy(GetPolicyRequest request, ServerCallContext context)
    {
        var policy = await policies.FindAsync(RequestIds.Required(request.Id, "id"), Cancel(context));
        var revisions = await policyUpdate.RevisionsAsync(policy.Id, Cancel(context));
        return new()
        {
            Policy = await ProtoAsync(policy, context), Revisions = { revisions.Select(r => r.ToProto()) },
        };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy.id", ResourceTypes.Policy)]
    public override async Task<UpdatePolicyResponse> UpdatePolicy(
        UpdatePolicyRequest request, ServerCallContext context)
    {
        var changes = PolicyValidation.Update(request);
        var policy = await policyUpdate.UpdateAsync(changes, context.GetCaller(), Cancel(context));
        return new() { Policy = await ProtoAsync(policy, context) };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListPoliciesResponse> ListPolicies(
        ListPoliciesRequest request, ServerCallContext context)
    {
        var query = PolicyValidation.List(request);
        var (found, next) = await policyListing.ListAsync(query, context.GetCaller(), Cancel(context));
        return new() { Policies = { found.Select(p => p.Policy.ToProto(p.InsuredCount)) }, NextPageToken = next };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy_id", ResourceTypes.Policy, Optional = true)]
    [InScope("volunteer_ids", ResourceTypes.StaffVolunteer)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    public override async Task<EnrolPersonsResponse> EnrolPersons(
        EnrolPersonsRequest request, ServerCallContext context)
    {
        var enrolled = await enrolment.EnrolAsync(CoverValidation.Enrol(request), context.GetCaller(), Cancel(context));
        return new() { Persons = { enrolled.Select(p => p.ToProto()) } };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("policy_id", ResourceTypes.Policy)]
    public override async Task<ListInsuredPersonsResponse> ListInsuredPersons(
        ListInsuredPersonsRequest request, ServerCallContext context)
    {
        var (policyId, page) = PolicyValidation.ListInsured(request);
        var (found, next) = await policyListing.ListInsuredAsync(policyId, page, Cancel(context));
        return new() { Persons = { found.Select(p => p.ToProto()) }, NextPageToken = next };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer, PlatformRoles.Volunteer)]
    [InScope("volunteer_ids", ResourceTypes.StaffVolunteer)]
    public override async Task<GetCoverageResponse> GetCoverage(
        GetCoverageRequest request, ServerCallContext context)
    {
        var covers = await coverage.GetAsync(CoverValidation.Coverage(request), Cancel(context));
        return new() { Volunteers = { covers.Select(c => c.ToProto()) } };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("plan.activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("plan.responsible_person.volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<SaveSafetyPlanResponse> SaveSafetyPlan(
        SaveSafetyPlanRequest request, ServerCallContext context) =>
        new()
        {
            Plan = (await plans.SaveAsync(PlanValidation.Save(request), context.GetCaller(), Cancel(context)))
                .ToProto(),
        };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<GetSafetyPlanResponse> GetSafetyPlan(
        GetSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.GetAsync(ActivityId(request.ActivityId), Cancel(context))).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<SubmitSafetyPlanResponse> SubmitSafetyPlan(
        SubmitSafetyPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await plans.SubmitAsync(ActivityId(request.ActivityId), Cancel(context))).ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ApproveSafetyPlanResponse> ApproveSafetyPlan(
        ApproveSafetyPlanRequest request, ServerCallContext context) =>
        new()
        {
            Plan = (await plans.ApproveAsync(ActivityId(request.ActivityId), context.GetCaller(), Cancel(context)))
                .ToProto(),
        };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ReturnSafetyPlanResponse> ReturnSafetyPlan(
        ReturnSafetyPlanRequest request, ServerCallContext context)
    {
        var (activityId, reason) = PlanValidation.Return(request);
        var plan = await plans.ReturnAsync(activityId, reason, context.GetCaller(), Cancel(context));
        return new() { Plan = plan.ToProto() };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<GetActivityClearanceResponse> GetActivityClearance(
        GetActivityClearanceRequest request, ServerCallContext context) =>
        new()
        {
            Clearance = (await activities.FindAsync(ActivityId(request.ActivityId), Cancel(context)))
                .ToClearanceProto(),
        };

    // A captain reports on site: for an activity of the team they lead, about the people taking part in it.
    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer, TeamCaptain)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    [InScope("involved_volunteer_ids", ResourceTypes.StaffVolunteer)]
    public override async Task<ReportIncidentResponse> ReportIncident(
        ReportIncidentRequest request, ServerCallContext context)
    {
        var report = IncidentValidation.Report(request, timeProvider.GetUtcNowForDatabase());
        return new() { Incident = Proto(await incidents.ReportAsync(report, context.GetCaller(), Cancel(context))) };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Incident)]
    public override async Task<GetIncidentResponse> GetIncident(
        GetIncidentRequest request, ServerCallContext context) =>
        new() { Incident = Proto(await incidents.FindAsync(RequestIds.Required(request.Id, "id"), Cancel(context))) };

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("id", ResourceTypes.Incident)]
    public override async Task<UpdateIncidentResponse> UpdateIncident(
        UpdateIncidentRequest request, ServerCallContext context)
    {
        var update = IncidentValidation.Update(request, timeProvider.GetUtcNowForDatabase());
        var incident = await incidentUpdate.UpdateAsync(update, context.GetCaller(), Cancel(context));
        return new() { Incident = Proto(incident) };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    public override async Task<ListIncidentsResponse> ListIncidents(
        ListIncidentsRequest request, ServerCallContext context)
    {
        var (found, next) = await incidentListing.ListAsync(
            IncidentValidation.List(request), context.GetCaller(), Cancel(context));
        var now = timeProvider.GetUtcNow();
        return new() { Incidents = { found.Select(i => i.ToProto(now)) }, NextPageToken = next };
    }

    // A captain calls the contacts on site, for the activities of the team they lead.
    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer, TeamCaptain)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<RevealPlanContactPhonesResponse> RevealPlanContactPhones(
        RevealPlanContactPhonesRequest request, ServerCallContext context)
    {
        var (activityId, reason) = PlanRevealValidation.Reveal(request);
        var contacts = await planReveal.RevealAsync(activityId, reason, context.GetCaller(), Cancel(context));
        return new() { Contacts = { contacts.Select(c => c.ToProto()) } };
    }

    [Allow(ProvincialAdmin, UnionAdmin, SafetyOfficer)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<ListPlanContactRevealsResponse> ListPlanContactReveals(
        ListPlanContactRevealsRequest request, ServerCallContext context)
    {
        var (activityId, page) = PlanRevealValidation.List(request);
        var (found, next) = await planReveal.ListAsync(activityId, page, Cancel(context));
        return new() { Reveals = { found.Select(r => r.ToProto()) }, NextPageToken = next };
    }

    private static CancellationToken Cancel(ServerCallContext context) => context.CancellationToken;

    private static Guid ActivityId(string value) => RequestIds.Required(value, "activity_id");

    private async Task<Contracts.Safety.V1.Policy> ProtoAsync(Insurance.Policy policy, ServerCallContext context) =>
        policy.ToProto(await policies.InsuredCountAsync(policy.Id, Cancel(context)));

    private Contracts.Safety.V1.Incident Proto(Incidents.Incident incident) =>
        incident.ToProto(timeProvider.GetUtcNow());
}
