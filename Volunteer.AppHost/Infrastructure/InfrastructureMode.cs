namespace Volunteer.AppHost.Infrastructure;

/// <summary>Where PostgreSQL and RabbitMQ come from; see DESIGN.md §2.</summary>
internal enum InfrastructureMode
{
    /// <summary>Aspire's own container resources, when a container runtime answers.</summary>
    Containers,

    /// <summary>The machine's installed server binaries, run as executable resources.</summary>
    Local,

    /// <summary>Servers that already exist, named by connection strings in configuration.</summary>
    External,
}
