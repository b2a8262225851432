using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Volunteer.UnionTree;

public static class UnionTreeExtensions
{
    /// <summary>Keeps the local union tree in step with roster; call inside <c>AddMessaging</c>.</summary>
    public static void AddUnionTreeConsumer(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<UnionRegisteredConsumer>();

    public static IServiceCollection AddUnionTree(this IServiceCollection services) =>
        services.AddScoped<KnownUnions>();
}
