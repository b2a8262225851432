namespace Volunteer.AppHost.Infrastructure;

/// <summary>The one PostgreSQL server and the one broker every service uses, whatever the mode.</summary>
internal sealed class PlatformInfrastructure(
    InfrastructureMode mode,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase,
    IResourceBuilder<IResourceWithConnectionString> messaging)
{
    /// <summary>Connection name of the broker in every service.</summary>
    public const string MessagingName = "messaging";

    public InfrastructureMode Mode { get; } = mode;

    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; } = messaging;

    /// <summary>A database of its own for one service, on the shared server.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);

    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder, InfrastructureMode mode) => mode switch
    {
        InfrastructureMode.Containers => ContainerInfrastructure.Add(builder),
        InfrastructureMode.Local => LocalInfrastructure.Add(builder),
        _ => ExternalInfrastructure.Add(builder),
    };
}
