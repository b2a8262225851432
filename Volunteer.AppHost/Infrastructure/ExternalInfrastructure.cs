namespace Volunteer.AppHost.Infrastructure;

/// <summary>
/// Servers run by someone else (production: a PostgreSQL service and a RabbitMQ cluster). The
/// databases must exist; each service gets the server's connection string with its database.
/// </summary>
internal static class ExternalInfrastructure
{
    public const string ServerName = "postgres";

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var server = builder.AddConnectionString(ServerName);
        var messaging = builder.AddConnectionString(PlatformInfrastructure.MessagingName);
        return new PlatformInfrastructure(
            InfrastructureMode.External,
            name => builder.AddConnectionString(name, ReferenceExpression.Create($"{server.Resource};Database={name}")),
            messaging);
    }
}
