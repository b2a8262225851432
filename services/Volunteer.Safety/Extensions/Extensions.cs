using Volunteer.Messaging;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Consumers;
using Volunteer.Safety.Data;
using Volunteer.Safety.Expiry;
using Volunteer.Safety.Grpc;
using Volunteer.Safety.Incidents;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.Safety.Scope;
using Volunteer.Safety.Telemetry;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Telemetry;
using Volunteer.UnionTree;

namespace Volunteer.Safety.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SafetyDbContext>("safetydb");
        builder.AddDatabaseGauge(SafetyMetrics.Clearances);
        builder.AddMessaging<SafetyDbContext>(bus =>
        {
            bus.AddUnionTreeConsumer();
            bus.AddConsumer<VolunteerRegisteredConsumer>();
            bus.AddConsumer<TrainingRecordedConsumer>();
            bus.AddConsumer<ActivitySubmittedConsumer>();
            // Confirmations come in bursts for one activity; one at a time they do not collide on its row's version.
            bus.AddConsumer<ParticipantConfirmedConsumer>((_, consumer) => consumer.ConcurrentMessageLimit = 1);
            bus.AddConsumer<ParticipantWithdrewConsumer>();
            bus.AddConsumer<ActivityCancelledConsumer>();
        });
        builder.Services.AddGrpc(options => options.Interceptors.Add<ConcurrentChangeRetry>());
        builder.Services.AddUnionTree();
        builder.Services.AddScoped<SafetyScope>();
        builder.Services.AddOptions<ClearanceOptions>().Bind(builder.Configuration.GetSection(ClearanceOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ClearanceRules>();
        builder.Services.AddScoped<ClearanceEvaluation>();
        builder.Services.AddScoped<ParticipationLedger>();
        builder.Services.AddScoped<ActivityDirectory>();
        builder.Services.AddScoped<CoverLookup>();
        builder.Services.AddScoped<PolicyRegistry>();
        builder.Services.AddScoped<PolicyListing>();
        builder.Services.AddScoped<PersonEnrolment>();
        builder.Services.AddScoped<CoverageQuery>();
        builder.Services.AddScoped<SafetyPlanDesk>();
        builder.Services.AddScoped<UninsuredCheck>();
        builder.Services.AddScoped<IncidentDesk>();
        builder.Services.AddScoped<IncidentUpdate>();
        builder.Services.AddScoped<IncidentListing>();
        builder.Services.AddOptions<ExpiryOptions>().Bind(builder.Configuration.GetSection(ExpiryOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PolicyExpiryScan>();
        builder.Services.AddHostedService<PolicyExpiryJob>();
    }
}
