using Volunteer.Messaging;
using Volunteer.Reporting.Cases;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Consumers;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Grpc;
using Volunteer.Reporting.Projections;
using Volunteer.Reporting.Records;
using Volunteer.Reporting.Scope;
using Volunteer.Reporting.Telemetry;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.UnionTree;

namespace Volunteer.Reporting.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext>("reportingdb");
        // Two retries of one request_id at once: the loser runs again and returns the winner's record.
        builder.AddConcurrentChangeRetry<ReportingDbContext>();
        // UnionRegistered is projected like every other event (it also fills the shared union tree),
        // so the tree's own consumer is not added: one copy of the tree, rebuilt with the rest.
        builder.AddMessaging<ReportingDbContext>(bus =>
        {
            // On one replica at a time; announcements handled at once are safe by the consumer's single upsert.
            var announcements = bus.AddOrderedEndpoint(
                "reporting-service-instance-announced-ordered", replaces: "reporting-service-instance-announced");
            bus.AddConsumer<ServiceInstanceAnnouncedConsumer>()
                .Endpoint(endpoint => endpoint.Name = announcements.EndpointName);
            bus.AddProjectionConsumers();
        });
        builder.Services.AddUnionTree();
        builder.Services.AddScoped<KnownServiceListing>();
        builder.Services.AddScoped<ReportScopes>();
        builder.Services.AddScoped<IAccessScope, ReportingAccessScope>();
        builder.AddProjections();
        builder.AddFigures();
        builder.AddDigests();
        builder.AddRecords();
        builder.Services.AddScoped<TypicalCases>();
        builder.Services.AddScoped<CommendationCandidates>();
        builder.Services.AddScoped<Nominations>();
        builder.Services.AddScoped<NominationDecisions>();
        builder.Services.AddScoped<CommendationPublisher>();
    }

    private static void AddProjections(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RosterProjection>();
        builder.Services.AddScoped<SiteProjection>();
        builder.Services.AddScoped<ActivityProjection>();
        builder.Services.AddScoped<OutcomeProjection>();
        builder.Services.AddScoped<CorrectionProjection>();
        builder.Services.AddScoped<DigestStaleness>();
        builder.Services.AddScoped<SafetyProjection>();
        builder.Services.AddScoped<Projector>();
        builder.Services.AddScoped<ProjectionLog>();
        builder.Services.AddScoped<ProjectionRebuild>();
    }

    private static void AddFigures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FigureCalculator>();
        builder.Services.AddScoped<FigureQueries>();
        builder.Services.AddSingleton<FigureCache>();
        builder.Services.AddOptions<WatchOptions>().Bind(builder.Configuration.GetSection(WatchOptions.SectionName));
    }

    private static void AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().Bind(builder.Configuration.GetSection(DigestOptions.SectionName));
        builder.Services.AddSingleton<DigestPeriods>();
        builder.Services.AddSingleton<DigestSchedule>();
        builder.Services.AddSingleton<DigestFiles>();
        builder.Services.AddScoped<DigestComposer>();
        builder.Services.AddScoped<DigestProducer>();
        builder.Services.AddSingleton<ReportingMetrics>();
        builder.Services.AddScoped<DigestRunner>();
        builder.Services.AddScoped<DigestRevisions>();
        builder.Services.AddScoped<DigestQueries>();
        builder.Services.AddHostedService<DigestScheduler>();
    }

    private static void AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecordAccess>();
        builder.Services.AddScoped<ServiceRecordQuery>();
        builder.Services.AddScoped<RecordCorrections>();
        builder.Services.AddScoped<Certificates>();
        builder.Services.AddScoped<ServiceRecordExport>();
        builder.Services.AddScoped<ServiceEntryExport>();
        builder.Services.AddScoped<RecordExportScope>();
        builder.Services.AddSingleton<CertificateCodes>();
        // Development may run without a configured key; codes signed with the fixed one prove nothing.
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<CertificateOptions>().Bind(builder.Configuration.GetSection(CertificateOptions.SectionName))
            .PostConfigure(o => o.SigningKey = o.SigningKey.Length == 0 && isDevelopment ? CertificateOptions.DevelopmentKey : o.SigningKey)
            .Validate(o => o.SigningKey.Length >= 32, $"{CertificateOptions.SectionName}:SigningKey must be set (at least 32 characters).")
            .ValidateOnStart();
    }
}
