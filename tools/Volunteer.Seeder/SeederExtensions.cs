using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Seeding;
using Volunteer.Seeder.Tokens;
using Volunteer.ServiceDefaults.Telemetry;

namespace Volunteer.Seeder;

public static class SeederExtensions
{
    public static void AddSeeder(this IHostApplicationBuilder builder)
    {
        // The seeder's calls show on the dashboard as the start of each trace they cause.
        builder.ConfigureOpenTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddServiceDiscovery();
        builder.Services.AddOptions<SeederOptions>().Bind(builder.Configuration.GetSection(SeederOptions.SectionName));
        builder.Services.AddOptions<IdentityClientOptions>().Bind(builder.Configuration.GetSection(IdentityClientOptions.SectionName));
        builder.Services.AddHttpClient<ITokenSource, DevelopmentTokenSource>();
        // "_grpc.roster": the roster resource's endpoint named grpc, resolved by service discovery.
        builder.Services.AddGrpcClient<RosterService.RosterServiceClient>(o => o.Address = new Uri("http://_grpc.roster")).AddServiceDiscovery();
        builder.Services.AddGrpcClient<ActivityService.ActivityServiceClient>(o => o.Address = new Uri("http://_grpc.activity")).AddServiceDiscovery();
        builder.Services.AddGrpcClient<SafetyService.SafetyServiceClient>(o => o.Address = new Uri("http://_grpc.safety")).AddServiceDiscovery();
        builder.Services.AddGrpcClient<ReportingService.ReportingServiceClient>(o => o.Address = new Uri("http://_grpc.reporting")).AddServiceDiscovery();
        builder.Services.AddSeedingSteps();
    }

    /// <summary>The steps and what they share, given gRPC clients registered by the caller (the host above, or a test).</summary>
    public static IServiceCollection AddSeedingSteps(this IServiceCollection services)
    {
        services.AddSingleton<CallerTokens>();
        services.AddSingleton<SeedingRun>();
        services.AddTransient<RosterSeeding>();
        services.AddTransient<SiteSeeding>();
        services.AddTransient<ActivitySeeding>();
        services.AddTransient<PolicySeeding>();
        services.AddTransient<SafetyPlans>();
        services.AddTransient<SafetySeeding>();
        services.AddTransient<IncidentSeeding>();
        services.AddTransient<AttendanceSeeding>();
        services.AddTransient<ReportingSeeding>();
        services.AddTransient<DemoCampaign>();
        return services;
    }
}
