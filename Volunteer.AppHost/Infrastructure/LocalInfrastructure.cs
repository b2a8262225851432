using Volunteer.AppHost.Infrastructure.Local;

namespace Volunteer.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL 15 and RabbitMQ from the machine's Debian packages, run in the foreground by the
/// orchestrator, with their data kept between runs and credentials generated once beside it.
/// </summary>
internal static class LocalInfrastructure
{
    private const string PostgresBinaries = "/usr/lib/postgresql/15/bin";
    private const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var postgresBin = builder.Configuration["Infrastructure:PostgresBin"] ?? PostgresBinaries;
        RequireInstalled(Path.Combine(postgresBin, "postgres"), "postgresql-15");
        RequireInstalled(RabbitMqServer, "rabbitmq-server");

        var dataDirectory = LocalDataDirectory.Resolve(builder.Configuration);
        var secrets = new LocalSecrets(dataDirectory);
        var scripts = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "infra"));

        var postgres = builder.AddLocalPostgres("postgres", scripts, postgresBin, dataDirectory, secrets);
        var messaging = builder.AddLocalRabbitMq(PlatformInfrastructure.MessagingName, scripts, dataDirectory, secrets);
        return new PlatformInfrastructure(InfrastructureMode.Local, name => postgres.AddDatabase(name), messaging);
    }

    private static void RequireInstalled(string path, string package)
    {
        if (!File.Exists(path))
        {
            throw new InfrastructureUnavailableException(
                $"{path} is missing: install the Debian package {package} (sudo apt-get install -y {package}), or run ./volunteer.sh up which installs it.");
        }
    }
}
