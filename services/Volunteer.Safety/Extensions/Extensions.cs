using MassTransit;
using Volunteer.Messaging;
using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Consumers;
using Volunteer.Safety.Data;
using Volunteer.Safety.Expiry;
using Volunteer.Safety.Incidents;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.Safety.Scope;
using Volunteer.Safety.Telemetry;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.PersonalData;
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
            bus.AddConsumer<PolicyChangedConsumer>();
            bus.AddConsumer<TeamCaptaincyConsumer>();
            // Activity's news about one activity arrives in bursts (submission, confirmations) and all of it
            // changes that activity's rows: one queue, one message at a time, so they never collide.
            var activityEvents = bus.AddOrderedEndpoint(
                "safety-activity-events-ordered", replaces: "safety-activity-events");
            bus.AddConsumer<ActivitySubmittedConsumer>().Endpoint(activityEvents.OneAtATime);
            bus.AddConsumer<ParticipantConfirmedConsumer>().Endpoint(activityEvents.OneAtATime);
            bus.AddConsumer<ParticipantWithdrewConsumer>().Endpoint(activityEvents.OneAtATime);
            bus.AddConsumer<ActivityCancelledConsumer>().Endpoint(activityEvents.OneAtATime);
        });
        builder.AddConcurrentChangeRetry<SafetyDbContext>();
        builder.Services.AddUnionTree();
        builder.AddPersonalDataProtection();
        builder.Services.AddScoped<IAccessScope, SafetyAccessScope>();
        builder.Services.AddOptions<ClearanceOptions>().Bind(builder.Configuration.GetSection(ClearanceOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ClearanceRules>();
        builder.Services.AddScoped<ClearanceEvaluation>();
        builder.Services.AddScoped<ParticipationLedger>();
        builder.Services.AddScoped<ActivityDirectory>();
        builder.Services.AddScoped<CoverLookup>();
        builder.Services.AddScoped<PolicyRegistry>();
        builder.Services.AddScoped<PolicyUpdate>();
        builder.Services.AddScoped<CoverChange>();
        builder.Services.AddScoped<PolicyListing>();
        builder.Services.AddScoped<PersonEnrolment>();
        builder.Services.AddScoped<CoverageQuery>();
        builder.Services.AddScoped<SafetyPlanDesk>();
        builder.Services.AddScoped<PlanContactPhoneReveal>();
        builder.AddContactReach();
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
