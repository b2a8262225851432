using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Volunteer.AppHost.Infrastructure.Local;

/// <summary>
/// Healthy when the broker answers the AMQP 0-9-1 protocol header with a Connection.Start method
/// frame: proof that RabbitMQ itself listens, not just the orchestrator's proxy in front of it.
/// </summary>
internal sealed class AmqpHandshakeHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    private static readonly byte[] ProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();
    private const byte MethodFrame = 1;
    private const ushort ConnectionClass = 10;
    private const ushort StartMethod = 10;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);

            // Frame header (type, channel, size) followed by the method's class and method ids.
            var head = new byte[11];
            await stream.ReadExactlyAsync(head, timeout.Token);
            var classId = (ushort)(head[7] << 8 | head[8]);
            var methodId = (ushort)(head[9] << 8 | head[10]);
            return head[0] == MethodFrame && classId == ConnectionClass && methodId == StartMethod
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"unexpected AMQP frame (type {head[0]}, method {classId}.{methodId})");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
