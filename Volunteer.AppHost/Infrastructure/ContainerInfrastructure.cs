namespace Volunteer.AppHost.Infrastructure;

internal static class ContainerInfrastructure
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume();
        var messaging = builder.AddRabbitMQ(PlatformInfrastructure.MessagingName).WithDataVolume();
        return new PlatformInfrastructure(InfrastructureMode.Containers, name => postgres.AddDatabase(name), messaging);
    }
}
