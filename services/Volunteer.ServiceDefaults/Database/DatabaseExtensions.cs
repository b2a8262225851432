using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteer.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database through Aspire's client integration (pooling, retries,
    /// health check, traces), migrated to the latest schema before the service takes calls. Tables and
    /// columns are snake_case, as hand-written SQL and psql users expect.
    /// </summary>
    public static void AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        builder.AddNpgsqlDbContext<TContext>(
            connectionName,
            settings => settings.ConnectionString = StatementPreparation.Apply(settings.ConnectionString),
            options => options.UseSnakeCaseNamingConvention());
        // First of the hosted services, which start in order: some registered earlier read the database at
        // start (ASP.NET Core's data protection loads its key ring), and would fail on a fresh one.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator<TContext>>());
        builder.Services.AddScoped<ServiceInfoProvider<TContext>>();
    }

    /// <summary>Start-up work replicas take turns at (see <see cref="IStartupStep{TContext}"/>).</summary>
    public static void AddStartupStep<TContext, TStep>(this IServiceCollection services)
        where TContext : DbContext where TStep : class, IStartupStep<TContext> =>
        services.AddScoped<IStartupStep<TContext>, TStep>();

    /// <summary>
    /// Runs a unary call again when it meets a concurrent change of the same rows (see
    /// <see cref="ConcurrentChangeRetry{TContext}"/>). Only for services whose use cases save once, at their end.
    /// </summary>
    public static void AddConcurrentChangeRetry<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext =>
        builder.Services.AddGrpc(options => options.Interceptors.Add<ConcurrentChangeRetry<TContext>>());
}
