using MassTransit;

namespace Volunteer.Reporting.Consumers;

/// <summary>
/// Two instances announcing at once can race on the same row; a short retry settles it before the
/// message is given up to the error queue.
/// </summary>
public sealed class ServiceInstanceStartedConsumerDefinition : ConsumerDefinition<ServiceInstanceStartedConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ServiceInstanceStartedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000));
    }
}
