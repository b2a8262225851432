namespace Volunteer.AppHost.Infrastructure;

/// <summary>
/// Servers run by someone else (production: a PostgreSQL service and a RabbitMQ cluster). Each service gets
/// the server's connection string with its database, and creates that database itself when it is missing.
/// "Infrastructure:DatabaseNamePrefix" lets several platforms share one server (the external-mode
/// end-to-end run, a staging beside production); the broker's equivalent is the virtual host in its URI.
/// </summary>
internal static class ExternalInfrastructure
{
    public const string ServerName = "postgres";

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var server = builder.AddConnectionString(ServerName);
        var messaging = builder.AddConnectionString(PlatformInfrastructure.MessagingName);
        var prefix = builder.Configuration["Infrastructure:DatabaseNamePrefix"] ?? "";
        return new PlatformInfrastructure(
            InfrastructureMode.External,
            name => builder.AddConnectionString(
                name, ReferenceExpression.Create($"{server.Resource};Database={prefix + name}")),
            messaging);
    }
}
