using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ServiceDiscovery;

namespace Volunteer.ServiceDefaults.Calls;

/// <summary>
/// How a service's HTTP and gRPC clients find the services they call. Service discovery picks one of the known
/// endpoints for every request (round robin), so a gRPC channel spreads its calls over every replica it is
/// told about instead of keeping one connection to one of them. Endpoints come from
/// <c>HeadlessServices:&lt;service&gt;:&lt;endpoint&gt;</c> (every address of a name, e.g. a headless Service in a
/// cluster) or <c>Services:&lt;service&gt;:&lt;endpoint&gt;:&lt;n&gt;</c> (a list, as Aspire writes it).
/// </summary>
public static class ServiceCallExtensions
{
    public static IServiceCollection AddServiceCalls(this IServiceCollection services)
    {
        // Before service discovery's own providers: a headless name stands instead of the pass-through one.
        services.AddSingleton<IServiceEndpointProviderFactory, HeadlessServiceEndpointProviderFactory>();
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return services;
    }
}
