using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Data;
using Volunteer.Roster.Records;
using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Grpc;

public sealed class RosterApi(
    ServiceInfoProvider<RosterDbContext> serviceInfo,
    UnionDirectory unions,
    UnionListing unionListing,
    VolunteerRegistry volunteers,
    VolunteerSearch volunteerSearch,
    TeamRoster teams,
    TeamListing teamListing,
    VolunteerRecords records,
    EligibilityCheck eligibility,
    CampaignProgress progress,
    VolunteerImport import,
    ProfileCorrection profiles)
    : RosterService.RosterServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("parent_id", ResourceTypes.Union, Optional = true)]
    public override async Task<CreateUnionResponse> CreateUnion(CreateUnionRequest request, ServerCallContext context) =>
        new() { Union = (await unions.CreateAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union.id", ResourceTypes.Union)]
    public override async Task<UpdateUnionResponse> UpdateUnion(UpdateUnionRequest request, ServerCallContext context) =>
        new() { Union = (await unions.UpdateAsync(request, context.CancellationToken)).ToProto() };

    // The union tree is public (every form names its union), so GetUnion and ListUnions name no scope;
    // only a union's contact phone is kept to the admins who cover it.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetUnionResponse> GetUnion(GetUnionRequest request, ServerCallContext context) =>
        new() { Union = (await unions.GetAsync(request.Id, context.CancellationToken)).ToProto(context.GetCaller()) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<ListUnionsResponse> ListUnions(ListUnionsRequest request, ServerCallContext context)
    {
        var (page, next) = await unionListing.ListAsync(request, context.CancellationToken);
        var caller = context.GetCaller();
        return new ListUnionsResponse { Unions = { page.Select(u => u.ToProto(caller)) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<RegisterStaffVolunteerResponse> RegisterStaffVolunteer(RegisterStaffVolunteerRequest request, ServerCallContext context) =>
        new() { Volunteer = (await volunteers.RegisterAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<GetStaffVolunteerResponse> GetStaffVolunteer(GetStaffVolunteerRequest request, ServerCallContext context)
    {
        var (volunteer, idNumber) = await volunteers.GetAsync(request, context.GetCaller(), context.CancellationToken);
        var (trainings, awards) = await records.ForVolunteerAsync(volunteer.Id, context.CancellationToken);
        return new GetStaffVolunteerResponse
        {
            Volunteer = volunteer.ToProto(),
            IdNumber = idNumber ?? "",
            Trainings = { trainings.Select(t => t.ToProto()) },
            Awards = { awards.Select(a => a.ToProto()) },
        };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<VetStaffVolunteerResponse> VetStaffVolunteer(VetStaffVolunteerRequest request, ServerCallContext context) =>
        new() { Volunteer = (await volunteers.VetAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<ListStaffVolunteersResponse> ListStaffVolunteers(ListStaffVolunteersRequest request, ServerCallContext context)
    {
        var (page, next) = await volunteerSearch.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListStaffVolunteersResponse { Volunteers = { page.Select(v => v.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<CreateTeamResponse> CreateTeam(CreateTeamRequest request, ServerCallContext context) =>
        new() { Team = (await teams.CreateAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("id", ResourceTypes.Team)]
    public override async Task<GetTeamResponse> GetTeam(GetTeamRequest request, ServerCallContext context) =>
        new() { Team = (await teams.GetAsync(request.Id, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListTeamsResponse> ListTeams(ListTeamsRequest request, ServerCallContext context)
    {
        var (page, next) = await teamListing.ListAsync(request, context.GetCaller(), context.CancellationToken);
        return new ListTeamsResponse { Teams = { page.Select(t => t.ToProto(withMembers: false)) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<AddTeamMemberResponse> AddTeamMember(AddTeamMemberRequest request, ServerCallContext context) =>
        new() { Team = (await teams.AddMemberAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<RemoveTeamMemberResponse> RemoveTeamMember(RemoveTeamMemberRequest request, ServerCallContext context) =>
        new() { Team = (await teams.RemoveMemberAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Team)]
    public override async Task<DisbandTeamResponse> DisbandTeam(DisbandTeamRequest request, ServerCallContext context) =>
        new() { Team = (await teams.DisbandAsync(request.Id, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<RecordTrainingResponse> RecordTraining(RecordTrainingRequest request, ServerCallContext context) =>
        new() { Training = (await records.RecordTrainingAsync(request, context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<RecordAwardResponse> RecordAward(RecordAwardRequest request, ServerCallContext context) =>
        new() { Award = (await records.RecordAwardAsync(request, context.CancellationToken)).ToProto() };

    // A batch question answered per volunteer, not refused whole: a volunteer out of the caller's reach is
    // answered exactly as an unknown one (see EligibilityCheck), and team_id only asks about their membership.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    public override async Task<CheckEligibilityResponse> CheckEligibility(
        CheckEligibilityRequest request, ServerCallContext context) =>
        new()
        {
            Volunteers = { await eligibility.CheckAsync(request, context.GetCaller(), context.CancellationToken) },
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override Task<GetCampaignProgressResponse> GetCampaignProgress(GetCampaignProgressRequest request, ServerCallContext context) =>
        progress.GetAsync(request, context.GetCaller(), context.CancellationToken);

    // A stream's rows cannot be scoped at the edge: each row's union is checked as it arrives.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override Task<ImportStaffVolunteersResponse> ImportStaffVolunteers(
        IAsyncStreamReader<ImportStaffVolunteersRequest> requestStream, ServerCallContext context) =>
        import.ImportAsync(requestStream, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<UpdateStaffVolunteerProfileResponse> UpdateStaffVolunteerProfile(
        UpdateStaffVolunteerProfileRequest request, ServerCallContext context) =>
        new() { Volunteer = (await profiles.UpdateAsync(request, context.GetCaller(), context.CancellationToken)).ToProto() };
}
