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
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

public sealed class ReportingApi(
    ServiceInfoProvider<ReportingDbContext> serviceInfo,
    KnownServiceListing knownServices,
    FigureQueries figures,
    IOptions<WatchOptions> watchOptions,
    DigestQueries digests,
    ServiceRecordQuery records,
    RecordCorrections corrections,
    Certificates certificates,
    ServiceRecordExport export,
    TypicalCases cases,
    CommendationCandidates commendation,
    ProjectionRebuild rebuild)
    : ReportingService.ReportingServiceBase
{
    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.TeamCaptain,
        PlatformRoles.SafetyOfficer, PlatformRoles.Volunteer, PlatformRoles.ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context) => new()
    {
        Info = await serviceInfo.DescribeAsync(context),
        KnownServices = { await knownServices.ListAsync(context.CancellationToken) },
    };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override async Task<GetFiguresResponse> GetFigures(GetFiguresRequest request, ServerCallContext context) => new()
    {
        Figures = await figures.GetAsync(request.UnionId, request.PeriodStart, request.PeriodEnd, context.GetCaller(), context.CancellationToken),
    };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override async Task WatchFigures(WatchFiguresRequest request, IServerStreamWriter<WatchFiguresResponse> responseStream, ServerCallContext context)
    {
        try
        {
            await figures.WatchAsync(request, context.GetCaller(),
                update => responseStream.WriteAsync(new WatchFiguresResponse { Figures = update }),
                watchOptions.Value.PollInterval, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The dashboard went away.
        }
    }

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override Task<ListDigestsResponse> ListDigests(ListDigestsRequest request, ServerCallContext context) =>
        digests.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override Task<GetDigestResponse> GetDigest(GetDigestRequest request, ServerCallContext context) =>
        digests.GetAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override Task<GenerateDigestResponse> GenerateDigest(GenerateDigestRequest request, ServerCallContext context) =>
        digests.GenerateAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    public override async Task<GetServiceRecordResponse> GetServiceRecord(GetServiceRecordRequest request, ServerCallContext context) =>
        new() { Record = await records.GetAsync(request.VolunteerId, context.GetCaller(), context.CancellationToken) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    public override async Task<RequestRecordCorrectionResponse> RequestRecordCorrection(RequestRecordCorrectionRequest request, ServerCallContext context) =>
        new() { Correction = await corrections.RequestAsync(request, context.GetCaller(), context.CancellationToken) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    public override async Task<ResolveRecordCorrectionResponse> ResolveRecordCorrection(ResolveRecordCorrectionRequest request, ServerCallContext context) =>
        new() { Correction = await corrections.ResolveAsync(request, context.GetCaller(), context.CancellationToken) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    public override Task<ListRecordCorrectionsResponse> ListRecordCorrections(ListRecordCorrectionsRequest request, ServerCallContext context) =>
        corrections.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.Volunteer)]
    public override async Task<IssueCertificateResponse> IssueCertificate(IssueCertificateRequest request, ServerCallContext context) =>
        new() { Certificate = await certificates.IssueAsync(request, context.GetCaller(), context.CancellationToken) };

    // Whoever holds a certificate may check it; the code alone is the credential.
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicies.Anonymous)]
    public override async Task<VerifyCertificateResponse> VerifyCertificate(VerifyCertificateRequest request, ServerCallContext context) =>
        new() { Certificate = await certificates.VerifyAsync(request.Code, context.CancellationToken) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override Task ExportServiceRecords(ExportServiceRecordsRequest request, IServerStreamWriter<ExportServiceRecordsResponse> responseStream, ServerCallContext context) =>
        export.ExportAsync(request, context.GetCaller(),
            chunk => responseStream.WriteAsync(new ExportServiceRecordsResponse { Chunk = chunk }), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin)]
    public override async Task<MarkTypicalCaseResponse> MarkTypicalCase(MarkTypicalCaseRequest request, ServerCallContext context) =>
        new() { Case = await cases.MarkAsync(request, context.GetCaller(), context.CancellationToken) };

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override Task<ListTypicalCasesResponse> ListTypicalCases(ListTypicalCasesRequest request, ServerCallContext context) =>
        cases.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin, PlatformRoles.UnionAdmin, PlatformRoles.ReportViewer)]
    public override Task<ListCommendationCandidatesResponse> ListCommendationCandidates(ListCommendationCandidatesRequest request, ServerCallContext context) =>
        commendation.ListAsync(request, context.GetCaller(), context.CancellationToken);

    [Allow(PlatformRoles.ProvincialAdmin)]
    [EnableRateLimiting(RateLimitPolicies.Expensive)]
    public override async Task<RebuildReadModelsResponse> RebuildReadModels(RebuildReadModelsRequest request, ServerCallContext context)
    {
        if (!context.GetCaller().IsProvincialAdmin)
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", "Only provincial admins rebuild the read models.");
        }

        return new RebuildReadModelsResponse { EventsReplayed = await rebuild.RebuildAsync(context.CancellationToken) };
    }
}
