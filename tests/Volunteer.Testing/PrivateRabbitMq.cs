using System.Net;
using System.Net.Sockets;

namespace Volunteer.Testing;

/// <summary>
/// A RabbitMQ node of a test's own, for tests that stop and start the broker: the node comes back on
/// the same port with the same data, so durable queues and their messages survive, as in production.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string User = "volunteer";
    private const string Password = "test-password";

    private readonly Dictionary<string, string> _environment;
    private ServerProcess? _process;

    private PrivateRabbitMq(string directory)
    {
        var port = FreePort();
        var nodeName = $"volunteer-test-{port}@localhost";
        Node = new RabbitMqNode(new Uri($"amqp://{User}:{Password}@127.0.0.1:{port}"), nodeName, directory);
        _environment = new()
        {
            ["VOLUNTEER_MQ_PORT"] = port.ToString(),
            ["VOLUNTEER_MQ_DATA"] = directory,
            ["VOLUNTEER_MQ_USER"] = User,
            ["VOLUNTEER_MQ_PASSWORD"] = Password,
            ["VOLUNTEER_MQ_NODE"] = nodeName,
        };
    }

    public RabbitMqNode Node { get; }

    public static async Task<PrivateRabbitMq> StartAsync(string directory)
    {
        var broker = new PrivateRabbitMq(directory);
        await broker.StartAgainAsync();
        return broker;
    }

    public async Task StartAgainAsync()
    {
        Directory.CreateDirectory(Node.Home);
        _process = ServerProcess.Start("rabbitmq.sh", _environment, Path.Combine(Node.Home, "server.log"));
        await Node.AwaitStartupAsync();
    }

    /// <summary>Stops the node and returns once it is down, so a restart never meets the old one.</summary>
    public async Task StopAsync()
    {
        Stop();
        await Node.AwaitShutdownAsync();
    }

    /// <summary>Asks the node to stop and waits for its script (for process-exit handlers, which cannot await).</summary>
    public void Stop()
    {
        _process?.RequestStop();
        _process?.WaitForExit();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TemporaryDirectory.Delete(Node.Home);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
