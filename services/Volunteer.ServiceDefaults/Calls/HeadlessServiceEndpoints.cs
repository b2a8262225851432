using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;

namespace Volunteer.ServiceDefaults.Calls;

/// <summary>
/// Every address of one host name, each an endpoint of its own. A headless Service's name resolves to the
/// addresses of its ready pods, so callers reach each replica directly; looked up again every
/// <see cref="Refresh"/>, so replicas that start or stop are followed without a restart.
/// </summary>
internal sealed class HeadlessServiceEndpoints(HostPort name, TimeProvider time) : IServiceEndpointProvider
{
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(15);

    private CancellationTokenSource? _expiry;

    public async ValueTask PopulateAsync(IServiceEndpointBuilder endpoints, CancellationToken cancellationToken)
    {
        foreach (var address in await Dns.GetHostAddressesAsync(name.Host, cancellationToken))
        {
            endpoints.Endpoints.Add(ServiceEndpoint.Create(new IPEndPoint(address, name.Port)));
        }

        var expiry = new CancellationTokenSource(Refresh, time);
        Interlocked.Exchange(ref _expiry, expiry)?.Dispose();
        endpoints.AddChangeToken(new CancellationChangeToken(expiry.Token));
    }

    public ValueTask DisposeAsync()
    {
        _expiry?.Dispose();
        return ValueTask.CompletedTask;
    }
}
