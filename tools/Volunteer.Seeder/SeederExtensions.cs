using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Seeder.Seeding;
using Volunteer.ServiceDefaults.Telemetry;

namespace Volunteer.Seeder;

internal static class SeederExtensions
{
    public static void AddSeeder(this IHostApplicationBuilder builder)
    {
        // The seeder's calls show on the dashboard as the start of each trace they cause.
        builder.ConfigureOpenTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddServiceDiscovery();
        builder.Services.AddOptions<SeederOptions>().Bind(builder.Configuration.GetSection(SeederOptions.SectionName));
        builder.Services.AddOptions<PlatformTokenSettings>().Bind(builder.Configuration.GetSection(PlatformTokenSettings.SectionName));
        builder.Services.AddSingleton<CallerTokens>();
        // "_grpc.roster": the roster resource's endpoint named grpc, resolved by service discovery.
        builder.Services.AddGrpcClient<RosterService.RosterServiceClient>(o => o.Address = new Uri("http://_grpc.roster")).AddServiceDiscovery();
        builder.Services.AddTransient<RosterSeeding>();
        builder.Services.AddTransient<DemoCampaign>();
    }
}
