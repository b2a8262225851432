using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Volunteer.AppHost.Infrastructure.Local;

internal static class LocalPostgresBuilderExtensions
{
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, string scripts, string binaries, string dataDirectory, LocalSecrets secrets)
    {
        var password = builder.AddParameter($"{name}-password", secrets.GetOrCreatePassword($"{name}-password"), secret: true);
        var server = new LocalPostgresResource(name, scripts, password.Resource);
        var healthCheck = $"{name}-select-1";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new PostgresSelectOneHealthCheck(server), null, null));

        return builder.AddResource(server)
            .WithArgs("postgres.sh")
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "VOLUNTEER_PG_PORT")
            .WithEnvironment("VOLUNTEER_PG_DATA", Path.Combine(dataDirectory, name))
            .WithEnvironment("VOLUNTEER_PG_PASSWORD", password)
            .WithEnvironment("VOLUNTEER_PG_BIN", binaries)
            .WithHealthCheck(healthCheck)
            .WithIconName("Database")
            .OnResourceReady(CreateDatabasesAsync);
    }

    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        var healthCheck = $"{name}-select-1";
        server.ApplicationBuilder.Services.AddHealthChecks().Add(new(healthCheck, _ => new PostgresSelectOneHealthCheck(database), null, null));
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheck)
            .WithIconName("DatabaseStack");
    }

    // Like Aspire's container integration: databases appear once the server answers.
    private static async Task CreateDatabasesAsync(LocalPostgresResource server, ResourceReadyEvent ready, CancellationToken cancellationToken)
    {
        var model = ready.Services.GetRequiredService<DistributedApplicationModel>();
        var notifications = ready.Services.GetRequiredService<ResourceNotificationService>();
        await using var connection = new NpgsqlConnection(await server.ConnectionStringExpression.GetValueAsync(cancellationToken));
        await connection.OpenAsync(cancellationToken);

        foreach (var database in model.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == server))
        {
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.Name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // Names come from the app model, not from users; quoting keeps them exact.
                await using var create = new NpgsqlCommand($"create database \"{database.Name}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await notifications.PublishUpdateAsync(database, s => s with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }
}
