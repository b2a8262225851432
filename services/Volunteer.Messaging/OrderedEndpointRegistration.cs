using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Volunteer.Messaging;

public static class OrderedEndpointRegistration
{
    /// <summary>Declares an <see cref="OrderedEndpoint"/>, for the consumers the service then puts on it.</summary>
    public static OrderedEndpoint AddOrderedEndpoint(
        this IBusRegistrationConfigurator bus, string endpointName, string? replaces = null)
    {
        var ordered = new OrderedEndpoint(endpointName, replaces);
        bus.AddSingleton(ordered);
        return ordered;
    }
}
