using MassTransit;

namespace Volunteer.Reporting.Consumers;

/// <summary>
/// A first announcement and its redelivery can race to insert the same row; a short retry settles it
/// before the message is given up to the error queue.
/// </summary>
public sealed class ServiceInstanceAnnouncedConsumerDefinition : ConsumerDefinition<ServiceInstanceAnnouncedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ServiceInstanceAnnouncedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000));
    }
}
