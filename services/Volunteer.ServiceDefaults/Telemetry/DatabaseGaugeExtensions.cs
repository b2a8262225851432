using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.ServiceDefaults.Telemetry;

public static class DatabaseGaugeExtensions
{
    /// <summary>A gauge sampled from the database every "Telemetry:GaugeInterval" (15 s).</summary>
    public static void AddDatabaseGauge<TContext>(this IHostApplicationBuilder builder, DatabaseGaugeDefinition<TContext> definition)
        where TContext : DbContext =>
        builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<DatabaseGauge<TContext>>(services, definition));
}
