using MassTransit;

namespace Volunteer.Reporting.Projections;

public static class ProjectionRegistration
{
    /// <summary>Queue every projected event shares; one at a time, so projections never race each other on a row.</summary>
    public const string QueueName = "reporting-projections";

    public static void AddProjectionConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var type in ProjectedEventTypes.All)
        {
            bus.AddConsumer(typeof(ProjectionConsumer<>).MakeGenericType(type)).Endpoint(endpoint =>
            {
                endpoint.Name = QueueName;
                endpoint.ConcurrentMessageLimit = 1;
            });
        }
    }
}
