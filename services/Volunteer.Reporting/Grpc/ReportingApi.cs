using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Cases;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Projections;
using Volunteer.Reporting.Records;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

public sealed class ReportingApi(IServiceProvider services, ServiceInfoProvider<ReportingDbContext> serviceInfo, ReportingDbContext db)
    : ReportingService.ReportingServiceBase
{
    // Replicas come and go; the newest announcements are the ones ops staff look for.
    private const int KnownServicesShown = 50;

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    public override async Task<GetServiceInfoResponse> GetServiceInfo(GetServiceInfoRequest request, ServerCallContext context)
    {
        var known = await db.KnownServices.AsNoTracking()
            .OrderByDescending(s => s.LastAnnouncedAt)
            .Take(KnownServicesShown)
            .ToListAsync(context.CancellationToken);

        var response = new GetServiceInfoResponse { Info = await serviceInfo.DescribeAsync(context) };
        response.KnownServices.AddRange(known.Select(s => new Contracts.Reporting.V1.KnownService
        {
            Name = s.ServiceName,
            InstanceId = s.InstanceId,
            Version = s.Version,
            StartedAt = Timestamp.FromDateTimeOffset(s.StartedAt),
            LastAnnouncedAt = Timestamp.FromDateTimeOffset(s.LastAnnouncedAt),
        }));
        return response;
    }

    public override async Task<GetFiguresResponse> GetFigures(GetFiguresRequest request, ServerCallContext context) => new()
    {
        Figures = await Use<FigureQueries>().GetAsync(request.UnionId, request.PeriodStart, request.PeriodEnd, context.GetCaller(), context.CancellationToken),
    };

    public override async Task WatchFigures(WatchFiguresRequest request, IServerStreamWriter<WatchFiguresResponse> responseStream, ServerCallContext context)
    {
        try
        {
            await Use<FigureQueries>().WatchAsync(request, context.GetCaller(),
                figures => responseStream.WriteAsync(new WatchFiguresResponse { Figures = figures }),
                Use<IOptions<WatchOptions>>().Value.PollInterval, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The dashboard went away.
        }
    }

    public override Task<ListDigestsResponse> ListDigests(ListDigestsRequest request, ServerCallContext context) =>
        Use<DigestQueries>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<GetDigestResponse> GetDigest(GetDigestRequest request, ServerCallContext context) =>
        Use<DigestQueries>().GetAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<GenerateDigestResponse> GenerateDigest(GenerateDigestRequest request, ServerCallContext context) =>
        Use<DigestQueries>().GenerateAsync(request, context.GetCaller(), context.CancellationToken);

    public override async Task<GetServiceRecordResponse> GetServiceRecord(GetServiceRecordRequest request, ServerCallContext context) => new()
    {
        Record = await Use<ServiceRecordQuery>().GetAsync(request.VolunteerId, context.GetCaller(), context.CancellationToken),
    };

    public override async Task<RequestRecordCorrectionResponse> RequestRecordCorrection(RequestRecordCorrectionRequest request, ServerCallContext context) =>
        new() { Correction = await Use<RecordCorrections>().RequestAsync(request, context.GetCaller(), context.CancellationToken) };

    public override async Task<ResolveRecordCorrectionResponse> ResolveRecordCorrection(ResolveRecordCorrectionRequest request, ServerCallContext context) =>
        new() { Correction = await Use<RecordCorrections>().ResolveAsync(request, context.GetCaller(), context.CancellationToken) };

    public override Task<ListRecordCorrectionsResponse> ListRecordCorrections(ListRecordCorrectionsRequest request, ServerCallContext context) =>
        Use<RecordCorrections>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override async Task<IssueCertificateResponse> IssueCertificate(IssueCertificateRequest request, ServerCallContext context) =>
        new() { Certificate = await Use<Certificates>().IssueAsync(request, context.GetCaller(), context.CancellationToken) };

    // Whoever holds a certificate may check it; the code alone is the credential.
    [AllowAnonymous]
    public override async Task<VerifyCertificateResponse> VerifyCertificate(VerifyCertificateRequest request, ServerCallContext context) =>
        new() { Certificate = await Use<Certificates>().VerifyAsync(request.Code, context.CancellationToken) };

    public override Task ExportServiceRecords(ExportServiceRecordsRequest request, IServerStreamWriter<ExportServiceRecordsResponse> responseStream, ServerCallContext context) =>
        Use<ServiceRecordExport>().ExportAsync(request, context.GetCaller(),
            chunk => responseStream.WriteAsync(new ExportServiceRecordsResponse { Chunk = chunk }), context.CancellationToken);

    public override async Task<MarkTypicalCaseResponse> MarkTypicalCase(MarkTypicalCaseRequest request, ServerCallContext context) =>
        new() { Case = await Use<TypicalCases>().MarkAsync(request, context.GetCaller(), context.CancellationToken) };

    public override Task<ListTypicalCasesResponse> ListTypicalCases(ListTypicalCasesRequest request, ServerCallContext context) =>
        Use<TypicalCases>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override Task<ListCommendationCandidatesResponse> ListCommendationCandidates(ListCommendationCandidatesRequest request, ServerCallContext context) =>
        Use<CommendationCandidates>().ListAsync(request, context.GetCaller(), context.CancellationToken);

    public override async Task<RebuildReadModelsResponse> RebuildReadModels(RebuildReadModelsRequest request, ServerCallContext context)
    {
        if (!context.GetCaller().IsProvincialAdmin)
        {
            throw RpcErrors.PermissionDenied("ROLE_NOT_ALLOWED", "Only provincial admins rebuild the read models.");
        }

        return new RebuildReadModelsResponse { EventsReplayed = await Use<ProjectionRebuild>().RebuildAsync(context.CancellationToken) };
    }
}
