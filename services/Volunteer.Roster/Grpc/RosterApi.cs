using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Roster.Certificates;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.Roster.Exports;
using Volunteer.Roster.Reach;
using Volunteer.Roster.Records;
using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Grpc;

public sealed class RosterApi(
    ServiceInfoProvider<RosterDbContext> serviceInfo,
    UnionDirectory unions,
    UnionListing unionListing,
    VolunteerRegistry volunteers,
    VolunteerSearch volunteerSearch,
    TeamRoster teams,
    TeamRenaming renaming,
    TeamListing teamListing,
    VolunteerRecords records,
    TeamAwards teamAwards,
    EligibilityCheck eligibility,
    CampaignProgress progress,
    VolunteerImport import,
    ProfileCorrection profiles,
    ConsentWithdrawal consents,
    VettingRevocation revocation,
    NationalRecordExport nationalExport,
    InsuredPersonsExport insuredExport,
    DisclosureAudit audit,
    ContactPhoneReveal phoneReveal,
    CertificatePrinting certificates,
    TimeProvider timeProvider)
    : RosterService.RosterServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(
        GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("parent_id", ResourceTypes.Union, Optional = true)]
    public override async Task<CreateUnionResponse> CreateUnion(
        CreateUnionRequest request, ServerCallContext context) =>
        new()
        {
            Union = (await unions.CreateAsync(
                UnionValidation.Create(request), context.GetCaller(), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union.id", ResourceTypes.Union)]
    public override async Task<UpdateUnionResponse> UpdateUnion(
        UpdateUnionRequest request, ServerCallContext context) =>
        new()
        {
            Union = (await unions.UpdateAsync(UnionValidation.Update(request), context.CancellationToken)).ToProto(),
        };

    // The union tree is public (every form names its union), so GetUnion and ListUnions name no scope;
    // only a union's contact phone is kept to the admins who cover it.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer, PlatformRoles.Registrar)]
    public override async Task<GetUnionResponse> GetUnion(GetUnionRequest request, ServerCallContext context) =>
        new()
        {
            Union = (await unions.GetAsync(RequestFields.Id(request.Id, "id"), context.CancellationToken))
                .ToProto(context.GetCaller()),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
            PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer, PlatformRoles.Registrar)]
    public override async Task<ListUnionsResponse> ListUnions(ListUnionsRequest request, ServerCallContext context)
    {
        var (page, next) = await unionListing.ListAsync(UnionListValidation.List(request), context.CancellationToken);
        var caller = context.GetCaller();
        return new ListUnionsResponse { Unions = { page.Select(u => u.ToProto(caller)) }, NextPageToken = next };
    }

    // The registrar is the identity service registering a volunteer who signed up: pending vetting like any.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Registrar)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<RegisterStaffVolunteerResponse> RegisterStaffVolunteer(
        RegisterStaffVolunteerRequest request, ServerCallContext context) =>
        new()
        {
            Volunteer = (await volunteers.RegisterAsync(
                RegistrationValidation.Validate(request, Today()), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<GetStaffVolunteerResponse> GetStaffVolunteer(
        GetStaffVolunteerRequest request, ServerCallContext context)
    {
        // The edge found the volunteer within the caller's reach, so the id is a valid one.
        var (volunteer, idNumber) = await volunteers.GetAsync(
            Guid.Parse(request.Id), request.RevealIdNumber, context.GetCaller(), context.CancellationToken);
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
    public override async Task<VetStaffVolunteerResponse> VetStaffVolunteer(
        VetStaffVolunteerRequest request, ServerCallContext context) =>
        new()
        {
            Volunteer = (await volunteers.VetAsync(
                VettingValidation.Vet(request), context.GetCaller(), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<RevokeVettingResponse> RevokeVetting(
        RevokeVettingRequest request, ServerCallContext context)
    {
        var (volunteerId, reason) = VettingValidation.Revoke(request);
        var volunteer = await revocation.RevokeAsync(
            volunteerId, reason, context.GetCaller(), context.CancellationToken);
        return new() { Volunteer = volunteer.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    public override async Task<ListStaffVolunteersResponse> ListStaffVolunteers(
        ListStaffVolunteersRequest request, ServerCallContext context)
    {
        var (page, next) = await volunteerSearch.ListAsync(
            VolunteerListValidation.List(request), context.GetCaller(), context.CancellationToken);
        return new ListStaffVolunteersResponse { Volunteers = { page.Select(v => v.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union)]
    public override async Task<CreateTeamResponse> CreateTeam(CreateTeamRequest request, ServerCallContext context) =>
        new() { Team = (await teams.CreateAsync(TeamValidation.Create(request), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    [InScope("id", ResourceTypes.Team)]
    public override async Task<GetTeamResponse> GetTeam(GetTeamRequest request, ServerCallContext context)
    {
        var team = await teams.GetAsync(TeamId(request.Id), context.CancellationToken);
        var awards = await teamAwards.ForTeamAsync(team.Id, context.CancellationToken);
        return new() { Team = team.ToProto(), Awards = { awards.Select(a => a.ToProto()) } };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListTeamsResponse> ListTeams(ListTeamsRequest request, ServerCallContext context)
    {
        var (page, next) = await teamListing.ListAsync(
            TeamValidation.List(request), context.GetCaller(), context.CancellationToken);
        return new ListTeamsResponse
        {
            Teams = { page.Select(t => t.ToProto(withMembers: false)) },
            NextPageToken = next,
        };
    }

    // A captain reaches only the team they lead, and as new members the people of that team's union.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.TeamMember, Optional = true)]
    public override async Task<AddTeamMemberResponse> AddTeamMember(
        AddTeamMemberRequest request, ServerCallContext context) =>
        new()
        {
            Team = (await teams.AddMemberAsync(
                TeamValidation.Join(request, Today()), context.GetCaller(), context.CancellationToken)).ToProto(),
        };

    // A captain reaches only the team they lead and its current members.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain)]
    // Both are required (by the use case); optional at the edge so that each is checked on its own.
    [InScope("team_id", ResourceTypes.Team, Optional = true)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    public override async Task<RemoveTeamMemberResponse> RemoveTeamMember(
        RemoveTeamMemberRequest request, ServerCallContext context) =>
        new()
        {
            Team = (await teams.RemoveMemberAsync(
                TeamValidation.Leave(request, Today()), context.GetCaller(), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("id", ResourceTypes.Team)]
    public override async Task<DisbandTeamResponse> DisbandTeam(
        DisbandTeamRequest request, ServerCallContext context) =>
        new() { Team = (await teams.DisbandAsync(TeamId(request.Id), context.CancellationToken)).ToProto() };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("team.id", ResourceTypes.Team)]
    public override async Task<UpdateTeamResponse> UpdateTeam(UpdateTeamRequest request, ServerCallContext context)
    {
        var (teamId, name) = TeamValidation.Rename(request);
        return new() { Team = (await renaming.RenameAsync(teamId, name, context.CancellationToken)).ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<RecordTrainingResponse> RecordTraining(
        RecordTrainingRequest request, ServerCallContext context) =>
        new()
        {
            Training = (await records.RecordTrainingAsync(
                RecordValidation.Training(request, Today()), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<RecordAwardResponse> RecordAward(
        RecordAwardRequest request, ServerCallContext context) =>
        new()
        {
            Award = (await records.RecordAwardAsync(
                RecordValidation.Award(request, Today()), context.CancellationToken)).ToProto(),
        };

    // A batch question answered per volunteer, not refused whole: a volunteer out of the caller's reach is
    // answered exactly as an unknown one (see EligibilityCheck), and team_id only asks about their membership.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain, PlatformRoles.Volunteer)]
    public override async Task<CheckEligibilityResponse> CheckEligibility(
        CheckEligibilityRequest request, ServerCallContext context) =>
        new()
        {
            Volunteers =
            {
                (await eligibility.CheckAsync(
                    EligibilityValidation.Check(request, Today()), context.GetCaller(), context.CancellationToken))
                .Select(answer => answer.ToProto()),
            },
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<GetCampaignProgressResponse> GetCampaignProgress(
        GetCampaignProgressRequest request, ServerCallContext context) =>
        (await progress.GetAsync(
            RequestFields.OptionalId(request.UnionId, "union_id"), context.GetCaller(), context.CancellationToken))
        .ToProto();

    // A stream's rows cannot be scoped at the edge: each row's union is checked as it arrives.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task<ImportStaffVolunteersResponse> ImportStaffVolunteers(
        IAsyncStreamReader<ImportStaffVolunteersRequest> requestStream, ServerCallContext context) =>
        (await import.ImportAsync(
            ImportValidation.Rows(requestStream, Today(), context.CancellationToken),
            context.GetCaller(), context.CancellationToken))
        .ToProto();

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("id", ResourceTypes.StaffVolunteer)]
    public override async Task<UpdateStaffVolunteerProfileResponse> UpdateStaffVolunteerProfile(
        UpdateStaffVolunteerProfileRequest request, ServerCallContext context) =>
        new()
        {
            Volunteer = (await profiles.UpdateAsync(
                ProfileValidation.Update(request), context.GetCaller(), context.CancellationToken)).ToProto(),
        };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<WithdrawConsentResponse> WithdrawConsent(
        WithdrawConsentRequest request, ServerCallContext context)
    {
        var (volunteerId, reason) = DisclosureValidation.Withdraw(request);
        var volunteer = await consents.WithdrawAsync(volunteerId, reason, context.CancellationToken);
        return new() { Volunteer = volunteer.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task ExportNationalRecords(ExportNationalRecordsRequest request,
        IServerStreamWriter<ExportNationalRecordsResponse> responseStream, ServerCallContext context)
    {
        var file = await nationalExport.ExportAsync(
            DisclosureValidation.Export(request), context.GetCaller(), context.CancellationToken);
        foreach (var (contentType, fileName, chunk) in file.ToChunks())
        {
            await responseStream.WriteAsync(
                new() { ContentType = contentType, FileName = fileName, Chunk = chunk }, context.CancellationToken);
        }
    }

    // The policy is safety's: safety scopes it by the forwarded token (out of reach is NOT_FOUND), and the use
    // case lists only people of unions the caller administers.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task ExportInsuredPersons(ExportInsuredPersonsRequest request,
        IServerStreamWriter<ExportInsuredPersonsResponse> responseStream, ServerCallContext context)
    {
        var (policyId, format) = DisclosureValidation.Export(request);
        var file = await insuredExport.ExportAsync(policyId, format, context.GetCaller(), context.CancellationToken);
        foreach (var (contentType, fileName, chunk) in file.ToChunks())
        {
            await responseStream.WriteAsync(
                new() { ContentType = contentType, FileName = fileName, Chunk = chunk }, context.CancellationToken);
        }
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_subtree_of", ResourceTypes.Union, Optional = true)]
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(
        ListAuditEntriesRequest request, ServerCallContext context)
    {
        var (page, next) = await audit.ListAsync(
            DisclosureValidation.List(request), context.GetCaller(), context.CancellationToken);
        return new ListAuditEntriesResponse { Entries = { page.Select(e => e.ToProto()) }, NextPageToken = next };
    }

    // Captains reach the activities of their teams: the leaders on site. Who takes part, and when, is the use case's.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.SafetyOfficer,
            PlatformRoles.TeamCaptain)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<RevealContactPhonesResponse> RevealContactPhones(
        RevealContactPhonesRequest request, ServerCallContext context) =>
        (await phoneReveal.RevealAsync(
            PhoneRevealValidation.Parse(request), context.GetCaller(), context.CancellationToken)).ToProto();

    // The edge found the team within the caller's reach, so the id is a valid one.
    private static Guid TeamId(string id) => Guid.Parse(id);

    // Days left empty in a request mean today in the campaign's time zone.
    private DateOnly Today() => CampaignClock.Today(timeProvider);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<PrintCertificateResponse> PrintCertificate(
        PrintCertificateRequest request, ServerCallContext context)
    {
        var (order, volunteerId) = CertificateValidation.Parse(request);
        var (certificate, pdf) = await certificates.PrintAsync(order, volunteerId, context.CancellationToken);
        return new()
        {
            Number = certificate.Number, VerificationCode = certificate.VerificationCode,
            Pdf = ByteString.CopyFrom(pdf),
        };
    }
}
