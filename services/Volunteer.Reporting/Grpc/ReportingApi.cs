using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Cases;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Projections;
using Volunteer.Reporting.Records;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

public sealed partial class ReportingApi(
    ServiceInfoProvider<ReportingDbContext> serviceInfo,
    KnownServiceListing knownServices,
    FigureQueries figures,
    IOptions<WatchOptions> watchOptions,
    DigestQueries digests,
    DigestPeriods periods,
    ServiceRecordQuery records,
    RecordCorrections corrections,
    Certificates certificates,
    ServiceRecordExport export,
    ServiceEntryExport entryExport,
    TypicalCases cases,
    CommendationCandidates commendation,
    Nominations nominations,
    NominationDecisions decisions,
    CommendationPublisher publisher,
    ProjectionRebuild rebuild)
    : ReportingService.ReportingServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
        PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(
        GetServiceInfoRequest request, ServerCallContext context) => new()
    {
        Info = await serviceInfo.DescribeAsync(context),
        KnownServices = { (await knownServices.ListAsync(context.CancellationToken)).Select(s => s.ToProto()) },
    };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<GetFiguresResponse> GetFigures(
        GetFiguresRequest request, ServerCallContext context)
    {
        var asked = FigureValidation.Parse(request.UnionId, request.PeriodStart, request.PeriodEnd);
        var computed = await figures.GetAsync(asked, context.GetCaller(), context.CancellationToken);
        return new GetFiguresResponse { Figures = computed.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task WatchFigures(
        WatchFiguresRequest request, IServerStreamWriter<WatchFiguresResponse> responseStream,
        ServerCallContext context)
    {
        var asked = FigureValidation.Parse(request.UnionId, request.PeriodStart, request.PeriodEnd);
        try
        {
            await figures.WatchAsync(asked, context.GetCaller(),
                update => responseStream.WriteAsync(new WatchFiguresResponse { Figures = update.ToProto() }),
                watchOptions.Value.PollInterval, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.GetHttpContext().RequestAborted.IsCancellationRequested)
        {
            // The dashboard went away. An expired token also cancels: that ends the stream UNAUTHENTICATED.
        }
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<ListDigestsResponse> ListDigests(
        ListDigestsRequest request, ServerCallContext context)
    {
        var page = await digests.ListAsync(
            DigestValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new ListDigestsResponse
        {
            Digests = { page.Digests.Select(d => d.ToProto(digests.Today)) }, NextPageToken = page.NextPageToken,
        };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    [InScope("id", ResourceTypes.Digest)]
    public override async Task<GetDigestResponse> GetDigest(GetDigestRequest request, ServerCallContext context)
    {
        var rendered = await digests.GetAsync(DigestValidation.Parse(request), context.CancellationToken);
        return new GetDigestResponse
        {
            Digest = rendered.Digest.ToProto(digests.Today), Content = rendered.Content, MediaType = rendered.MediaType,
        };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task<GenerateDigestResponse> GenerateDigest(
        GenerateDigestRequest request, ServerCallContext context)
    {
        var (digest, created) = await digests.GenerateAsync(
            DigestValidation.Parse(request, periods), context.GetCaller(), context.CancellationToken);
        return new GenerateDigestResponse { Digest = digest.ToProto(digests.Today), Created = created };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<GetServiceRecordResponse> GetServiceRecord(
        GetServiceRecordRequest request, ServerCallContext context)
    {
        var volunteerId = RecordValidation.VolunteerId(request.VolunteerId);
        return new() { Record = (await records.GetAsync(volunteerId, context.CancellationToken)).ToProto() };
    }

    // volunteer_id is required by the use case; Optional here only lets activity_id be judged on its own.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer, Optional = true)]
    [InScope("activity_id", ResourceTypes.Activity, Optional = true)]
    public override async Task<RequestRecordCorrectionResponse> RequestRecordCorrection(
        RequestRecordCorrectionRequest request, ServerCallContext context)
    {
        var correction = await corrections.RequestAsync(
            RecordValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Correction = correction.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("correction_id", ResourceTypes.RecordCorrection)]
    public override async Task<ResolveRecordCorrectionResponse> ResolveRecordCorrection(
        ResolveRecordCorrectionRequest request, ServerCallContext context)
    {
        var correction = await corrections.ResolveAsync(
            RecordValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Correction = correction.ToProto() };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<ListRecordCorrectionsResponse> ListRecordCorrections(
        ListRecordCorrectionsRequest request, ServerCallContext context)
    {
        var (volunteerId, paging) = RecordValidation.Parse(request);
        var (page, next) = await corrections.ListAsync(volunteerId, paging, context.CancellationToken);
        return new() { Corrections = { page.Select(c => c.ToProto()) }, NextPageToken = next };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<IssueCertificateResponse> IssueCertificate(
        IssueCertificateRequest request, ServerCallContext context)
    {
        var issued = await certificates.IssueAsync(RecordValidation.Parse(request), context.CancellationToken);
        return new() { Certificate = issued.Certificate.ToProto(issued.Code) };
    }

    // Whoever holds a certificate may check it; the code alone is the credential.
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Anonymous)]
    public override async Task<VerifyCertificateResponse> VerifyCertificate(
        VerifyCertificateRequest request, ServerCallContext context)
    {
        var issued = await certificates.VerifyAsync(RecordValidation.Code(request.Code), context.CancellationToken);
        // Anyone may verify: show what the paper states, not the platform's internal volunteer id.
        var stated = issued.Certificate.ToProto(issued.Code);
        stated.VolunteerId = "";
        return new() { Certificate = stated };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("volunteer_id", ResourceTypes.StaffVolunteer)]
    public override async Task<RevokeCertificateResponse> RevokeCertificate(
        RevokeCertificateRequest request, ServerCallContext context)
    {
        var revoked = await certificates.RevokeAsync(
            RecordValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Certificate = revoked.Certificate.ToProto(revoked.Code) };
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override Task ExportServiceRecords(
        ExportServiceRecordsRequest request, IServerStreamWriter<ExportServiceRecordsResponse> responseStream,
        ServerCallContext context) =>
        export.ExportAsync(RecordValidation.Parse(request), context.GetCaller(),
            chunk => responseStream.WriteAsync(new() { Chunk = ByteString.CopyFrom(chunk) }),
            context.CancellationToken);

    // Roster asks this with its caller's token to build the national export: the edge scopes it as any call.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override Task ExportServiceEntries(
        ExportServiceEntriesRequest request, IServerStreamWriter<ExportServiceEntriesResponse> responseStream,
        ServerCallContext context) =>
        entryExport.ExportAsync(RecordValidation.Parse(request), context.GetCaller(), responseStream.WriteAsync,
            context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("activity_id", ResourceTypes.Activity)]
    public override async Task<MarkTypicalCaseResponse> MarkTypicalCase(
        MarkTypicalCaseRequest request, ServerCallContext context)
    {
        var marked = await cases.MarkAsync(
            CaseValidation.Parse(request), context.GetCaller(), context.CancellationToken);
        return new() { Case = marked.ToProto() };
    }

    // Internal stories, some without consent to publicity: admins only; report viewers see public cases in digests.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<ListTypicalCasesResponse> ListTypicalCases(
        ListTypicalCasesRequest request, ServerCallContext context)
    {
        var (unionId, paging) = CaseValidation.Parse(request);
        var (page, next) = await cases.ListAsync(unionId, paging, context.GetCaller(), context.CancellationToken);
        return new() { Cases = { page.Select(c => c.ToProto()) }, NextPageToken = next };
    }

    // Figures per team or person with masked names: report viewers read them as they read figures.
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    [InScope("union_id", ResourceTypes.Union, Optional = true)]
    public override async Task<ListCommendationCandidatesResponse> ListCommendationCandidates(
        ListCommendationCandidatesRequest request, ServerCallContext context)
    {
        var listing = CommendationValidation.Parse(request);
        return (await commendation.ListAsync(listing, context.GetCaller(), context.CancellationToken)).ToProto();
    }

    [Allow(PlatformRoles.ProvincialAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task<RebuildReadModelsResponse> RebuildReadModels(
        RebuildReadModelsRequest request, ServerCallContext context) =>
        new() { EventsReplayed = await rebuild.RebuildAsync(context.CancellationToken) };
}
