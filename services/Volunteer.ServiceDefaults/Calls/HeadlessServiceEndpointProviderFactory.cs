using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.ServiceDiscovery;

namespace Volunteer.ServiceDefaults.Calls;

/// <summary>
/// Answers for a service whose endpoint is configured as <c>HeadlessServices:&lt;service&gt;:&lt;endpoint&gt;</c>
/// = "host:port": every address the host name has, one endpoint each (see <see cref="HeadlessServiceEndpoints"/>).
/// </summary>
internal sealed class HeadlessServiceEndpointProviderFactory(IConfiguration configuration, TimeProvider time)
    : IServiceEndpointProviderFactory
{
    public const string SectionName = "HeadlessServices";

    public bool TryCreateProvider(ServiceEndpointQuery query, [NotNullWhen(true)] out IServiceEndpointProvider? provider)
    {
        var configured = configuration[$"{SectionName}:{query.ServiceName}:{query.EndpointName ?? "default"}"];
        provider = configured is null ? null : new HeadlessServiceEndpoints(HostPort.Parse(configured), time);
        return provider is not null;
    }
}
